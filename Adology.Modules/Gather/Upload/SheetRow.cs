namespace Adology.Modules.Gather.Upload;

/// <summary>A row of a sheet: its number as a spreadsheet shows it (the header is 1) and its non-empty cells by column.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells);

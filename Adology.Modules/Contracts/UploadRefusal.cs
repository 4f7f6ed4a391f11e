namespace Adology.Modules.Contracts;

/// <summary>Why an upload is refused: the file at fault and, within it, the zip entry or the sheet row.</summary>
/// <param name="Status">400, or 413 when the request or a file is over a size limit.</param>
public sealed record UploadRefusal(string File, string Reason, int Status = 400)
{
    public string? Entry { get; init; }

    /// <summary>The row's number as a spreadsheet shows it (the header is row 1).</summary>
    public int? Row { get; init; }

    /// <summary>One sentence naming the file, the entry or row, and the reason.</summary>
    public string Detail =>
        (Entry, Row) switch
        {
            ({ } entry, _) => $"{File}, entry '{entry}': {Reason}",
            (_, { } row) => $"{File}, row {row}: {Reason}",
            _ => $"{File}: {Reason}",
        };
}

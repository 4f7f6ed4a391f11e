using nietras.SeparatedValues;

namespace Adology.Modules.Gather.Upload;

/// <summary>A CSV file's raw rows, streamed with Sep (the separator — comma, semicolon, tab or pipe — is read off the header).</summary>
internal static class CsvSheet
{
    public static IEnumerable<string?[]> Rows(Stream csv)
    {
        using var reader = Sep.Reader(options => options with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(csv);
        foreach (var row in reader)
        {
            var cells = new string?[row.ColCount];
            for (var index = 0; index < cells.Length; index++)
            {
                cells[index] = row[index].ToString();
            }

            yield return cells;
        }
    }
}

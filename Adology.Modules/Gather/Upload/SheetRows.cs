namespace Adology.Modules.Gather.Upload;

/// <summary>
/// Reads a sheet's raw rows (header first) lazily under the upload's limits: a required column, the row count, the
/// cell length. Empty rows are skipped; a column named twice or a row longer than the header is refused.
/// </summary>
internal static class SheetRows
{
    public static IEnumerable<SheetRow> Read(string file, IEnumerable<string?[]> rows, string requiredColumn, UploadOptions limits)
    {
        using var reader = rows.GetEnumerator();
        if (!reader.MoveNext())
        {
            throw Refused(file, null, "the sheet is empty: its first row must name the columns");
        }

        var columns = Header(file, reader.Current, requiredColumn);
        var number = 1;
        var dataRows = 0;
        while (reader.MoveNext())
        {
            number++;
            var cells = Cells(file, number, columns, reader.Current, limits.MaxCellLength);
            if (cells.Count == 0)
            {
                continue;
            }

            if (++dataRows > limits.MaxRows)
            {
                throw Refused(file, number, $"the sheet has more than {limits.MaxRows} rows");
            }

            yield return new SheetRow(number, cells);
        }
    }

    private static string?[] Header(string file, string?[] header, string requiredColumn)
    {
        var columns = header.Select(name => string.IsNullOrWhiteSpace(name) ? null : SheetColumns.Canonical(name)).ToArray();
        var repeated = columns.OfType<string>().GroupBy(name => name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw Refused(file, 1, $"the column '{repeated.Key}' is named twice");
        }

        if (!columns.Contains(requiredColumn, StringComparer.Ordinal))
        {
            var named = string.Join(", ", columns.OfType<string>().Select(name => $"'{name}'"));
            throw Refused(file, 1, $"no '{requiredColumn}' column (the first row names {(named.Length == 0 ? "none" : named)})");
        }

        return columns;
    }

    private static Dictionary<string, string> Cells(string file, int number, string?[] columns, string?[] row, int maxCellLength)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < row.Length; index++)
        {
            var value = row[index]?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (index >= columns.Length || columns[index] is not { } column)
            {
                throw Refused(file, number, $"a value in column {index + 1}, which the first row does not name");
            }

            if (value.Length > maxCellLength)
            {
                throw Refused(file, number, $"the '{column}' cell is longer than {maxCellLength} characters");
            }

            cells[column] = value;
        }

        return cells;
    }

    private static UploadRefusedException Refused(string file, int? row, string reason) => new(new(file, reason) { Row = row });
}

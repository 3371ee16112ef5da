using System.Globalization;

namespace Exposure.Reports.Excel.Writing;

internal static class CellReferences
{
    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;

    /// <summary>The letters of a zero-based column index: 0 is A, 26 is AA.</summary>
    public static string Column(int index)
    {
        Span<char> letters = stackalloc char[3];
        var position = letters.Length;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters[--position] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[position..]);
    }

    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string AbsoluteRange(string sheetName, int column, int firstRow, int lastRow)
    {
        var letters = Column(column);
        return string.Create(CultureInfo.InvariantCulture, $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!${letters}${firstRow}:${letters}${lastRow}");
    }
}

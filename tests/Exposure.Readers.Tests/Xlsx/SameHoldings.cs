using System.Text.RegularExpressions;

namespace Exposure.Readers.Tests.Xlsx;

/// <summary>
/// Writes the same rows as a CSV file and as a workbook, as a spreadsheet saves them: in the workbook a plain number is a
/// number cell, any other text a text cell, and an empty field no cell at all (a row of none is not stored).
/// </summary>
internal static partial class SameHoldings
{
    public static (string Csv, string Xlsx) Write(string folder, string name, IReadOnlyList<string?[]> rows)
    {
        var csv = Path.Combine(folder, name + ".csv");
        File.WriteAllText(csv, string.Concat(rows.Select(r => string.Join(',', r.Select(Quoted)) + "\n")));

        var xlsx = Path.Combine(folder, name + ".xlsx");
        var sheet = new List<(int Row, TestCell?[] Cells)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Select(f => string.IsNullOrEmpty(f) ? null : PlainNumber().IsMatch(f) ? new TestCell.Number(f) : (TestCell?)f).ToArray();
            if (cells.Any(c => c is not null)) sheet.Add((i + 1, cells));
        }
        TestWorkbook.Write(xlsx, [("Holdings", sheet)]);
        return (csv, xlsx);
    }

    private static string Quoted(string? field) =>
        field is null ? "" : field.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();
}

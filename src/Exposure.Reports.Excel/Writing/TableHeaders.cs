using System.Globalization;

namespace Exposure.Reports.Excel.Writing;

internal static class TableHeaders
{
    /// <summary>
    /// Header texts fit for table column names: clean, on one line, not empty ("Column3"), and unique without
    /// regard to case ("Name", "Name 2").
    /// </summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> headers)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var header in headers)
        {
            var text = ExcelText.CleanLine(header);
            if (text.Length == 0)
            {
                text = string.Create(CultureInfo.InvariantCulture, $"Column{result.Count + 1}");
            }

            var candidate = text;
            for (var copy = 2; !used.Add(candidate); copy++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{text} {copy}");
            }

            result.Add(candidate);
        }

        return result;
    }
}

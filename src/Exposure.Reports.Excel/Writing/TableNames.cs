using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Hands out valid, workbook-unique table names derived from sheet names: letters, digits, '_' and '.',
/// starting with a letter or '_', never shaped like a cell reference (A1, R1C1), compared without regard to case.
/// </summary>
internal sealed partial class TableNames
{
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string sheetName)
    {
        var baseName = Clean(sheetName);
        for (var copy = 1; ; copy++)
        {
            var name = copy > 1 ? string.Create(CultureInfo.InvariantCulture, $"{baseName}_{copy}") : baseName;
            if (used.Add(name))
            {
                return name;
            }
        }
    }

    private static string Clean(string sheetName)
    {
        var builder = new StringBuilder(sheetName.Length);
        foreach (var c in sheetName)
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || (c > 127 && char.IsLetterOrDigit(c));
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var name = builder.ToString().TrimEnd('_');
        return name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || CellLike().IsMatch(name) ? "T_" + name : name;
    }

    [GeneratedRegex(@"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*([Cc][0-9]*)?|[Cc][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CellLike();
}

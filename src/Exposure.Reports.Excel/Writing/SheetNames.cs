using System.Globalization;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Hands out valid, workbook-unique sheet names: at most 31 characters, none of []:*?/\, no leading or
/// trailing apostrophe, not "History", compared without regard to case. A taken name gets " (2)", " (3)", ...
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private const string Reserved = "History";

    private static readonly char[] EdgeCharacters = [' ', '\''];

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A unique name for <paramref name="requested"/>; continuation sheet <paramref name="part"/> (2 and on) is named "Requested (part)".</summary>
    public string Claim(string requested, int part = 1)
    {
        var baseName = Clean(requested);
        var suffix = part > 1 ? Numbered(part) : "";
        for (var copy = 1; ; copy++)
        {
            var tail = copy > 1 ? suffix + Numbered(copy) : suffix;
            var name = Fit(baseName, MaxLength - tail.Length) + tail;
            if (!name.Equals(Reserved, StringComparison.OrdinalIgnoreCase) && used.Add(name))
            {
                return name;
            }
        }
    }

    private static string Numbered(int number) => string.Create(CultureInfo.InvariantCulture, $" ({number})");

    private static string Clean(string requested)
    {
        var chars = ExcelText.CleanLine(requested).Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : c).ToArray();
        var name = new string(chars).Trim(EdgeCharacters);
        return name.Length == 0 ? "Sheet" : name;
    }

    private static string Fit(string name, int length)
    {
        if (name.Length <= length)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[length - 1]) ? length - 1 : length;
        return name[..cut].TrimEnd(EdgeCharacters);
    }
}

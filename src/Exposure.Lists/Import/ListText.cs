using System.Globalization;
using System.Text;

namespace Exposure.Lists.Import;

/// <summary>Small text helpers shared by the importers: ids from names, dates, lists.</summary>
internal static class ListText
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM", "yyyy", "dd MMM yyyy", "d MMM yyyy", "dd MMMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMMM dd, yyyy",
        "MMM d, yyyy", "MMM dd, yyyy", "MMM. d, yyyy", "M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>A stable id from a name: lower-case ASCII letters and digits joined by hyphens; non-Latin names get a short hash.</summary>
    public static string Slug(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append('-');
        }
        var slug = string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        if (slug.Length >= 3) return slug;
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim()));
        return (slug.Length > 0 ? slug + "-" : "entity-") + Convert.ToHexStringLower(hash)[..8];
    }

    /// <summary>
    /// A date as <c>YYYY-MM-DD</c> (or <c>YYYY-MM</c>, <c>YYYY</c> when that is all it says), or null when it cannot be read.
    /// A date written with slashes is read month first, as the US agencies whose files are read with this write them
    /// (OFAC's <c>Publish_Date</c>, the DHS page); a list a person writes is read with <see cref="WrittenDates"/>.
    /// </summary>
    public static string? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = string.Join(' ', text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length == 7 && DateTime.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return t;
        if (t.Length == 4 && t.All(char.IsAsciiDigit)) return t;
        return DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Values separated by <paramref name="separator"/>, trimmed, empty ones dropped, duplicates (ordinal) dropped.</summary>
    public static IReadOnlyList<string> Split(string? text, char separator = ';') =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// An entry's aliases without its own name and without repeats; a name given both as a former name and as another
    /// alias is kept once, as the former name the list says it is.
    /// </summary>
    public static IReadOnlyList<Model.ListAlias> Aliases(string name, IEnumerable<Model.ListAlias> aliases)
    {
        var result = new List<Model.ListAlias>();
        foreach (var alias in aliases)
        {
            var text = alias.Name.Trim();
            if (text.Length == 0 || text == name) continue;
            var at = result.FindIndex(a => a.Name == text);
            if (at < 0) result.Add(alias with { Name = text });
            else if (alias.Kind == Core.Reference.NameKind.Former) result[at] = result[at] with { Kind = alias.Kind };
        }
        return result;
    }

    /// <summary>Null for empty or blank text, else the text trimmed with inner white space folded.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

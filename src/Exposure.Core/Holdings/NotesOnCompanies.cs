using System.Text.RegularExpressions;

namespace Exposure.Core.Holdings;

/// <summary>
/// A note a bank issues on a company's shares (a participation note, a low exercise price option), as a title names it:
/// <c>UBS AG P-Note on Hangzhou Hikvision Digital Technology Co Ltd A, 15-JAN-2027</c>, <c>Participation note on X</c>,
/// <c>LEPO on X</c>. The company is what follows "on" (or "linked to") up to a comma, a bracket or "due"; the issuer is
/// what precedes the note's name, where the title gives it. A title that names no company this plainly gives nothing.
/// </summary>
public static partial class NotesOnCompanies
{
    /// <summary>The company the note is written on and its issuer as the title names it (null where it does not), or null.</summary>
    public static (string Company, string? Issuer)? Read(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || !NamesANote(title) || NoteOn().Match(title) is not { Success: true } m) return null;
        var company = m.Groups["company"].Value.Trim().TrimEnd(';', ':', '-').Trim();
        if (company.Length < 2 || !company.Any(char.IsLetter)) return null;
        var issuer = m.Groups["issuer"].Value.Trim().TrimEnd(',', '-', '/', ':').Trim();
        return (company, issuer.Length > 0 ? issuer : null);
    }

    /// <summary>The words of a note, looked for before the pattern is: most names hold none.</summary>
    private static bool NamesANote(string text) =>
        text.Contains("NOTE", StringComparison.OrdinalIgnoreCase) || text.Contains("LEPO", StringComparison.OrdinalIgnoreCase)
        || text.Contains("EXERCISE", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<issuer>.*?)\s*\b(?:P-?NOTES?|PARTICIPATION\s+NOTES?|PARTICIPATORY\s+NOTES?|LEPOS?|LOW\s+EXERCISE\s+PRICE\s+(?:OPTIONS?|WARRANTS?))\s*(?:\(\s*)?(?:ON|OVER|LINKED\s+TO)\s+(?<company>[^,()]+?)(?:\s+DUE\b.*|\s+EXP(?:IRES|IRING|\.)?\b.*|\s*[,()].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteOn();
}

using System.Text.RegularExpressions;

namespace Exposure.Lists.Import;

/// <summary>
/// A name cell of the UFLPA Entity List, which is free text: "NAME (including two aliases: X; and Y)", "NAME and its
/// subordinate and affiliated entities", "NAME (also known as X)". What fits these forms is parsed; anything else is
/// kept as written and sent to review, not guessed at.
/// </summary>
internal static partial class UflpaNameCell
{
    public sealed record Parsed(string Name, IReadOnlyList<string> Aliases, string? Scope, string? Review);

    public static Parsed Parse(string cell)
    {
        var text = cell.Trim().TrimEnd(';', ',').Trim();
        string? scope = null;
        var aliases = new List<string>();

        if (Scope().Match(text) is { Success: true } s)
        {
            scope = s.Groups["scope"].Value.Trim();
            text = s.Groups["name"].Value.Trim().TrimEnd(',');
        }
        if (Including().Match(text) is { Success: true } inc)
        {
            aliases.AddRange(SplitAliases(inc.Groups["aliases"].Value));
            text = (inc.Groups["name"].Value.Trim() + " " + inc.Groups["rest"].Value.Trim()).Trim();
            if (Scope().Match(text) is { Success: true } s2)
            {
                scope ??= s2.Groups["scope"].Value.Trim();
                text = s2.Groups["name"].Value.Trim().TrimEnd(',');
            }
        }
        else if (KnownAs().Match(text) is { Success: true } aka)
        {
            aliases.AddRange(SplitAliases(aka.Groups["aliases"].Value));
            text = aka.Groups["name"].Value.Trim();
        }

        var review = text.IndexOfAny(['(', ')', ';', ':']) >= 0 || text.Length == 0
            ? "the name cell is not in a form Exposure parses (NAME, NAME (including N aliases: X; and Y), NAME and its subordinate and affiliated entities): kept as written; review the entry"
            : null;
        return review is null
            ? new Parsed(text, aliases.Where(a => a.Length > 0 && a != text).Distinct(StringComparer.Ordinal).ToList(), scope, null)
            : new Parsed(cell.Trim(), [], scope, review);
    }

    private static IEnumerable<string> SplitAliases(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? a[4..].Trim() : a)
            .Select(a => a.TrimEnd(',').Trim());

    [GeneratedRegex(@"^(?<name>.+?)\s*\(\s*including\s+(?:\w+\s+)?alias(?:es)?\s*:\s*(?<aliases>[^()]+)\)\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Including();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\(\s*(?:also|formerly)\s+known\s+as\s*:?\s*(?<aliases>[^()]+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex KnownAs();

    [GeneratedRegex(@"^(?<name>.+?)\s*,?\s+(?<scope>and\s+its\s+(?:subordinate|affiliated|subsidiaries|subsidiary)[\w\s,]*?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Scope();
}

using System.Text.RegularExpressions;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// A name cell of the UFLPA Entity List, which is free text. The forms the list uses are parsed:
/// <list type="bullet">
/// <item>"NAME (also known as X; and Y, and formerly known as Z; and W)": aliases X and Y, former names Z and W;</item>
/// <item>"NAME (including two aliases: X; and Y)": aliases X and Y;</item>
/// <item>"NAME (ABBR) and its subordinate and affiliated entities": alias ABBR, the scope kept;</item>
/// <item>"NAME and its eight Zhuhai-based subsidiaries: A; B": the scope kept, A and B further names to review;</item>
/// <item>"NAME (including one alias: X) and subsidiaries": alias X, the scope "and subsidiaries" kept apart from the name;</item>
/// <item>"Hoshine Silicon Industry (Shanshan) Co., Ltd.": a place in brackets inside the name is part of it.</item>
/// </list>
/// Anything else is kept as written and sent to review, not guessed at.
/// </summary>
internal static partial class UflpaNameCell
{
    /// <param name="Name">The entity's name (the cell as written when <paramref name="Review"/> is set).</param>
    /// <param name="Aliases">Other names the cell gives the entity, former names marked as such.</param>
    /// <param name="Subsidiaries">Entities the cell names with it ("and its subsidiaries: A; B"): names for a person to review.</param>
    /// <param name="Scope">What the cell lists with the entity ("and its subordinate and affiliated entities").</param>
    /// <param name="Review">Why the cell was not parsed, or null.</param>
    public sealed record Parsed(string Name, IReadOnlyList<ListAlias> Aliases, IReadOnlyList<string> Subsidiaries, string? Scope, string? Review);

    private const string NotParsed =
        "the name cell is not in a form Exposure parses (NAME, NAME (also known as X; and Y), NAME (including N aliases: X; and Y), NAME and its subordinate and affiliated entities, NAME and its subsidiaries: A; B): kept as written; review the entry";

    public static Parsed Parse(string cell)
    {
        var text = Regex.Replace(cell.Trim(), @"\s+", " ").TrimEnd(';', ',').Trim();
        var aliases = new List<ListAlias>();
        var name = new System.Text.StringBuilder();
        var unparsed = false;

        // Bracketed groups, outside in: alias clauses come out of the name, a place inside the name stays in it.
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('(', i);
            if (open < 0) { name.Append(text, i, text.Length - i); break; }
            var close = Closing(text, open);
            if (close < 0) { unparsed = true; name.Append(text, i, text.Length - i); break; }
            var inner = text[(open + 1)..close].Trim();
            var after = text[(close + 1)..].Trim();
            name.Append(text, i, open - i);
            if (AliasClause(inner) is { } clause) aliases.AddRange(clause);
            else if (Abbreviation().IsMatch(inner) && (after.Length == 0 || ScopeStart().IsMatch(after))) aliases.Add(ListAlias.Trading(inner));
            else if (after.Length > 0 && !ScopeStart().IsMatch(after) && Place().IsMatch(inner)) name.Append('(').Append(inner).Append(')');
            else { unparsed = true; name.Append(text, open, close - open + 1); }
            i = close + 1;
        }

        var rest = Regex.Replace(name.ToString(), @"\s+", " ").Trim();
        string? scope = null;
        var subsidiaries = new List<string>();
        if (Scope().Match(rest) is { Success: true } s)
        {
            scope = s.Groups["scope"].Value.Trim();
            rest = s.Groups["name"].Value.Trim().TrimEnd(',').Trim();
            if (s.Groups["named"].Success) subsidiaries.AddRange(Split(s.Groups["named"].Value));
        }
        rest = rest.TrimEnd(',').Trim();

        if (unparsed || rest.Length == 0 || rest.IndexOfAny([';', ':']) >= 0 || rest.Count(c => c == '(') != rest.Count(c => c == ')'))
            return new Parsed(cell.Trim(), [], [], scope, NotParsed);
        return new Parsed(rest, ListText.Aliases(rest, aliases), subsidiaries.Where(n => n != rest).Distinct(StringComparer.Ordinal).ToList(), scope, null);
    }

    /// <summary>The aliases of a bracketed clause "also known as X; and Y, and formerly known as Z", or null when it is no alias clause.</summary>
    private static List<ListAlias>? AliasClause(string inner)
    {
        if (Including().Match(inner) is { Success: true } inc) return Split(inc.Groups["aliases"].Value).Select(ListAlias.Trading).ToList();
        var markers = KnownAs().Matches(inner);
        if (markers.Count == 0 || markers[0].Index != 0) return null;
        var result = new List<ListAlias>();
        for (var m = 0; m < markers.Count; m++)
        {
            var start = markers[m].Index + markers[m].Length;
            var end = m + 1 < markers.Count ? markers[m + 1].Index : inner.Length;
            var former = markers[m].Groups["kind"].Value.StartsWith("formerly", StringComparison.OrdinalIgnoreCase);
            Func<string, ListAlias> kind = former ? ListAlias.Former : ListAlias.Trading;
            result.AddRange(Split(inner[start..end]).Select(kind));
        }
        return result;
    }

    /// <summary>Names separated by semicolons, each without a leading "and" or a trailing comma.</summary>
    private static IEnumerable<string> Split(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? a[4..].Trim() : a)
            .Select(a => a.TrimEnd(',').Trim())
            .Where(a => a.Length > 0);

    private static int Closing(string text, int open)
    {
        var depth = 0;
        for (var k = open; k < text.Length; k++)
        {
            if (text[k] == '(') depth++;
            else if (text[k] == ')' && --depth == 0) return k;
        }
        return -1;
    }

    [GeneratedRegex(@"^including\s+(?:\w+\s+)?alias(?:es)?\s*:\s*(?<aliases>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Including();

    [GeneratedRegex(@"(?:^|,?\s*(?:\band\s+)?)\b(?<kind>also|formerly)\s+known\s+as\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KnownAs();

    /// <summary>An abbreviation in brackets after a name: "(XPCC)", "(CETC)".</summary>
    [GeneratedRegex(@"^[A-Z][A-Z0-9&\-]{1,11}$")]
    private static partial Regex Abbreviation();

    /// <summary>A place or short qualifier inside a name: "(Shanshan)", "(Group)", "(Hong Kong)".</summary>
    [GeneratedRegex(@"^[\p{L}][\p{L}\-' ]{0,40}$")]
    private static partial Regex Place();

    [GeneratedRegex(@"^,?\s*and\s+(?:its\b|(?:subordinates?|affiliates|subsidiaries)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeStart();

    /// <summary>"and its … subsidiaries / subordinate and affiliated entities", or "and subsidiaries" with no "its".</summary>
    [GeneratedRegex(@"^(?<name>.+?)\s*,?\s+(?<scope>and\s+(?:its\s+[\w\s,\-]*?(?:subordinates?|affiliated\s+entities|affiliates|subsidiaries|subsidiary|entities)|(?:subordinates|affiliates|subsidiaries)))\s*(?::\s*(?<named>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Scope();
}

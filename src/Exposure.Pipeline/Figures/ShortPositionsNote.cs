using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// The note beside the figures of a fund with short positions in companies the report lists: each position, its size
/// and why it counts as one, and that it is not counted as held. Shorts are left out of the flagged, related and review
/// values and weights and out of the companies a fund holds; a reader who sees a company named in the fund's findings
/// must be told why its value is not among them.
/// </summary>
internal static class ShortPositionsNote
{
    /// <summary>How many companies a note names before it says "and N more".</summary>
    private const int Named = 3;

    public static IEnumerable<FigureWarning> Of(IEnumerable<FundExposure> funds, IReadOnlyList<HoldingFinding> findings)
    {
        var shorts = findings.Where(f => f.IsShort).ToLookup(f => f.FundId, StringComparer.Ordinal);
        foreach (var fund in funds)
        {
            var rows = shorts[fund.Id].ToList();
            if (rows.Count > 0) yield return new FigureWarning("short-positions", fund.Id, Text(fund, rows));
        }
    }

    private static string Text(FundExposure fund, List<HoldingFinding> rows)
    {
        var companies = rows
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal)
            .Select(g => (Name: g.First().CompanyName, Size: FundAccumulator.Sum(g, f => f.ShortSize), State: g.Min(f => f.State)))
            .OrderByDescending(c => c.Size ?? -1)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var named = companies.Take(Named).Select(c => $"{c.Name} {Size(c.Size, fund.Currency)}{Whose(c.State)}").ToList();
        var more = companies.Count > Named ? $" and in {Wording.Count(companies.Count - Named, "other company", "other companies")}" : "";
        var text = companies.Count == 1 && rows.Count == 1
            ? $"{fund.Name}: a short position in {named[0]} is not counted as held"
            : $"{fund.Name}: short positions in {string.Join("; in ", named)}{more} are not counted as held";
        text += ": " + Wording.Verb(rows.Count, "it is", "they are") + " left out of the values held (flagged, related and to review), their weights, " +
                "and the companies the fund holds.";
        var negative = rows.Count(f => f.ShortFrom == ShortEvidence.NegativeValue);
        if (negative > 0)
        {
            text += negative == rows.Count ? " The file gives no direction: " : $" For {Wording.Count(negative, "row", "rows")} the file gives no direction: ";
            text += $"a negative value in a company's shares or debt is read as a short position (or a liability line the file does not tell apart from one), never netted against what is held.";
        }
        var unknown = rows.Count(f => f.ShortSize is null);
        if (unknown > 0)
        {
            var which = unknown == rows.Count ? Wording.Verb(unknown, "its size is", "their sizes are")
                : $"the size of {Wording.Count(unknown, "short position is", "short positions are")}";
            text += $" The file gives no value that could be read, so {which} unknown: " +
                    $"{Wording.Verb(unknown, "it is", "they are")} counted among the short positions, not among the holdings whose value is unknown.";
        }
        var written = rows.Count(f => f.ShortFrom == ShortEvidence.Direction && f.Value > 0);
        if (written > 0)
        {
            text += $" The file writes {Wording.Verb(written, "its size", "their sizes")} as a positive amount beside a short direction: " +
                    "the sum of the rows counts " + Wording.Verb(written, "it", "them") + " as reducing the fund's net assets.";
        }
        return text;
    }

    /// <summary>"of USD 2,000,000", or "of unknown size" when no row of it has a size that could be read.</summary>
    private static string Size(decimal? size, string? currency) => size is null ? "of unknown size" : $"of {Wording.Money(size, currency)}";

    private static string Whose(RowState state) => state switch
    {
        RowState.Related => " (a related company)",
        RowState.NeedsReview => " (to review)",
        _ => "",
    };
}

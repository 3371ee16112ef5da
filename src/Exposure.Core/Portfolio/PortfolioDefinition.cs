namespace Exposure.Core.Portfolio;

/// <summary>A pension scheme or other portfolio as its portfolio file describes it (docs/portfolio.md).</summary>
/// <param name="File">The portfolio file as the user named it.</param>
/// <param name="IllustrativeNote">Set when the portfolio file says its data is illustrative; every report shows it.</param>
public sealed record PortfolioDefinition(
    string Title,
    string ReportCurrency,
    DateOnly? AsOf,
    IReadOnlyList<PortfolioEntry> Entries,
    string File,
    string? IllustrativeNote = null);

public enum EntryKind
{
    /// <summary>A fund with holdings files (one per snapshot).</summary>
    Fund,
    /// <summary>An index-tracking mandate, looked through via the index's constituent list (weights only).</summary>
    Index,
}

/// <summary>One holding of the scheme: a fund or an index mandate, with the amount the scheme has invested in it.</summary>
/// <param name="Files">Holdings files (constituent list for an index), one per snapshot; empty when none is available.</param>
/// <param name="Amount">The scheme's amount invested directly; null for a fund held only through other funds.</param>
/// <param name="Identifiers">How other funds' holdings files name this fund, so fund-of-funds rows are looked through.</param>
/// <param name="Sheet">For workbooks, the sheet this holding's files are read from; null for the first visible one with holdings (or the one <c>--sheet</c> names).</param>
public sealed record PortfolioEntry(
    string Id,
    EntryKind Kind,
    string Name,
    string? Manager,
    IReadOnlyList<string> Files,
    string? Mapping,
    decimal? Amount,
    string? Currency,
    FundIdentifiers Identifiers,
    int Line,
    string? Sheet = null);

public sealed record FundIdentifiers(string? Isin, string? Ticker, string? Name)
{
    public static readonly FundIdentifiers None = new(null, null, null);
}

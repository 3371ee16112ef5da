namespace Exposure.Pipeline;

/// <param name="Path">Where to read the file.</param>
/// <param name="DisplayName">How messages and reports name it (the path as the user gave it).</param>
/// <param name="Mapping">A mapping file naming the columns of a CSV the header detection does not know.</param>
/// <param name="EntryId">In a portfolio run, the portfolio entry this file is a snapshot of.</param>
/// <param name="FundName">The fund's name as the portfolio or the command line gives it, used instead of the file's.</param>
/// <param name="IsIndex">An index constituent list: weights only, used as values.</param>
/// <param name="AsOf">The fund's as-of date as the command line gives it, used instead of the file's.</param>
/// <param name="Sheet">For a workbook, the sheet to read, as the command line gives it; null for the first visible one with holdings.</param>
/// <param name="SheetsReadElsewhere">
/// In a portfolio run, the sheets other holdings read from the same workbook (null for the sheet read when none is
/// named): they are not among this fund's other sheets left unread.
/// </param>
/// <param name="GivenBy">Where <paramref name="FundName"/> and <paramref name="AsOf"/> come from: the portfolio file or the command line.</param>
public sealed record HoldingsInput(
    string Path,
    string DisplayName,
    string? Mapping = null,
    string? EntryId = null,
    string? FundName = null,
    bool IsIndex = false,
    DateOnly? AsOf = null,
    Exposure.Core.Holdings.MetadataOrigin GivenBy = Exposure.Core.Holdings.MetadataOrigin.Portfolio,
    string? Sheet = null,
    IReadOnlyList<string?>? SheetsReadElsewhere = null);

namespace Exposure.Pipeline;

/// <param name="Path">Where to read the file.</param>
/// <param name="DisplayName">How messages and reports name it (the path as the user gave it).</param>
/// <param name="Mapping">A mapping file naming the columns of a CSV the header detection does not know.</param>
/// <param name="EntryId">In a portfolio run, the portfolio entry this file is a snapshot of.</param>
/// <param name="FundName">The fund's name as the portfolio gives it, used instead of the file's.</param>
/// <param name="IsIndex">An index constituent list: weights only, used as values.</param>
public sealed record HoldingsInput(
    string Path,
    string DisplayName,
    string? Mapping = null,
    string? EntryId = null,
    string? FundName = null,
    bool IsIndex = false);

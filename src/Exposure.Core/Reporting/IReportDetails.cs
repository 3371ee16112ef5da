namespace Exposure.Core.Reporting;

/// <summary>
/// The holdings a report does not hold in memory (unmatched and excluded rows), read back lazily from where they were
/// streamed, for renderers that list them.
/// </summary>
public interface IReportDetails
{
    IEnumerable<ScreenedOutLine> Unmatched();

    IEnumerable<ScreenedOutLine> Excluded();
}

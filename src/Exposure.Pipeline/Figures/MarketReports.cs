using Exposure.Core.Reporting;
using Exposure.Readers.Nport.DataSet;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// The reports of a market's funds, put in order. A fund is a series (its SEC series id), else its registrant's CIK and
/// its name, else its name (<see cref="Key"/>). Of two reports of one fund and date (the same data set given twice, an
/// amendment in a later quarter's data set), one counts, chosen by filing as within a data set: the later filed, on the
/// same day an amendment over an original, then the higher accession number; the order of the inputs decides only
/// between copies of one filing. Of several N-PORT data sets, the market is the latest's (the one filed latest): a fund
/// without a report in it has no later report (<see cref="MarketPresence.NoLaterReport"/>), and one whose reports are
/// all in it is first reported there (<see cref="MarketPresence.FirstReport"/>).
/// </summary>
internal sealed class MarketReports
{
    private MarketReports(List<List<FundExposure>> byFund, Dictionary<string, FundExposure> sameDate, Dictionary<string, MarketPresence> presence, string? latestDataSet)
    {
        ByFund = byFund;
        SameDate = sameDate;
        Presence = presence;
        LatestDataSet = latestDataSet;
    }

    /// <summary>Each fund's reports, one per date, by date: the last is its latest.</summary>
    public List<List<FundExposure>> ByFund { get; }

    /// <summary>Reports that repeat another report of the same fund and date (by id), with the report that counts in their place.</summary>
    public Dictionary<string, FundExposure> SameDate { get; }

    /// <summary>Each fund's presence in the latest data set, by <see cref="Key"/>; every fund is there.</summary>
    public Dictionary<string, MarketPresence> Presence { get; }

    /// <summary>The latest data set, as reports name it, when the market is of several; null otherwise.</summary>
    public string? LatestDataSet { get; }

    /// <summary>The fund a report is of (<see cref="MarketFund.FundKey"/>): its SEC series id, else its registrant's CIK and its name, else its name.</summary>
    public static string Key(FundExposure f) => f.SeriesId ?? (f.Cik is { } cik ? $"CIK {cik}: {f.Name}" : f.Name);

    /// <summary>The registrant a report's fund is filed by: its CIK, else its registrant's name, else the fund's name.</summary>
    public static string RegistrantKey(FundExposure f) => f.Cik is { } cik ? "CIK " + cik : "name " + (f.Registrant ?? f.Name);

    public bool Counts(FundExposure latest) => Presence[Key(latest)] != MarketPresence.NoLaterReport;

    public static MarketReports Of(IReadOnlyList<FundExposure> funds)
    {
        var sameDate = new Dictionary<string, FundExposure>(StringComparer.Ordinal);
        var byFund = funds
            .Select((fund, order) => (Fund: fund, Order: order))
            .GroupBy(x => Key(x.Fund), StringComparer.Ordinal)
            .Select(reports => reports
                .GroupBy(x => x.Fund.AsOf)
                .Select(g =>
                {
                    var ordered = g
                        .OrderByDescending(x => x.Fund.FiledOn ?? DateOnly.MinValue)
                        .ThenByDescending(x => IsAmendment(x.Fund))
                        .ThenByDescending(x => x.Fund.AccessionNumber ?? "", StringComparer.Ordinal)
                        .ThenByDescending(x => x.Order)
                        .Select(x => x.Fund)
                        .ToList();
                    foreach (var other in ordered.Skip(1)) sameDate[other.Id] = ordered[0];
                    return ordered[0];
                })
                .OrderBy(f => f.AsOf ?? DateOnly.MinValue)
                .ToList())
            .ToList();

        // The data sets, each by the latest filing (then report) in it; the latest are the market. Copies of one data set
        // given twice are equally late: both are the market.
        var dataSets = funds
            .Where(f => f.Layout == NportDataSetReader.Layout)
            .GroupBy(f => f.SourceFile, StringComparer.Ordinal)
            .Select(g => (DataSet: g.Key, Filed: g.Max(f => f.FiledOn ?? DateOnly.MinValue), AsOf: g.Max(f => f.AsOf ?? DateOnly.MinValue)))
            .ToList();
        var presence = new Dictionary<string, MarketPresence>(StringComparer.Ordinal);
        var latestSets = new HashSet<string>(StringComparer.Ordinal);
        if (dataSets.Count > 1)
        {
            var last = dataSets.Max(d => (d.Filed, d.AsOf));
            latestSets.UnionWith(dataSets.Where(d => (d.Filed, d.AsOf) == last).Select(d => d.DataSet));
        }
        var several = latestSets.Count > 0 && latestSets.Count < dataSets.Count;
        var all = funds.ToLookup(Key, StringComparer.Ordinal);
        foreach (var reports in byFund)
        {
            var key = Key(reports[^1]);
            if (!several)
            {
                presence[key] = MarketPresence.Reporting;
                continue;
            }
            // Every report of the fund given, the repeats of one date included: a report in the latest data set, or one from no data set, keeps it in the market.
            var inLatest = all[key].Any(f => f.Layout != NportDataSetReader.Layout || latestSets.Contains(f.SourceFile));
            var onlyLatest = all[key].All(f => f.Layout == NportDataSetReader.Layout && latestSets.Contains(f.SourceFile));
            presence[key] = !inLatest ? MarketPresence.NoLaterReport : onlyLatest ? MarketPresence.FirstReport : MarketPresence.Reporting;
        }
        return new MarketReports(byFund, sameDate, presence, several ? string.Join(", ", latestSets.Select(DataSetName).Order(StringComparer.Ordinal)) : null);
    }

    /// <summary>A data set as reports name it: its funds' source file is the data set and its holdings table.</summary>
    private static string DataSetName(string sourceFile) => sourceFile.LastIndexOf('/') is var at and > 0 ? sourceFile[..at] : sourceFile;

    private static bool IsAmendment(FundExposure f) => f.FormType?.TrimEnd().EndsWith("/A", StringComparison.OrdinalIgnoreCase) == true;
}

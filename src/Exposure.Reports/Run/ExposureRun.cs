using System.Security.Cryptography;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Core.Review;
using Exposure.Readers.Review;
using Exposure.Readers;
using Exposure.Lists.Combine;
using Exposure.Reports.Csv;

namespace Exposure.Reports.Run;

/// <summary>
/// The whole job: load the list, read and screen every holdings file (streaming), compute the report once, render it.
/// Outputs are written to a staging folder and moved into place only when everything succeeded: a failed run leaves no
/// half-written report.
/// </summary>
public static class ExposureRun
{
    public const string UnmatchedFile = "unmatched.csv";
    public const string ExcludedFile = "excluded.csv";

    public static RunResult Execute(RunRequest request, IProgress<RunProgress>? progress = null)
    {
        var nested = new NestedFunds(request.Portfolio?.Definition);
        if (request.Holdings.Count == 0) throw new ArgumentException("no holdings files given");
        foreach (var h in request.Holdings)
            if (!File.Exists(h.Path)) throw new DataException(h.DisplayName, null, "file not found");

        var lists = ListSet.Combine((request.Lists is { Count: > 0 } specs ? specs : [ListLoader.Bundled])
            .Select(spec => ListLoader.Load(spec, request.ReferenceFolder))
            .ToList());
        var reference = lists.Data;
        var review = request.Decisions is { } d
            ? new ReviewBook(d.DisplayName, ReviewFile.Load(d.Path, d.DisplayName))
            : ReviewBook.Empty;
        var total = request.Holdings.Count;
        long rows = 0;
        progress?.Report(new RunProgress(0, total, 0, $"reference data {reference.Version}"));

        Directory.CreateDirectory(request.OutputFolder);
        var staging = Path.Combine(request.OutputFolder, $".exposure-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var matcher = new Matcher(reference);
            var builder = new ExposureBuilder(reference);
            var inputs = new List<InputFile>();
            var snapshots = new Dictionary<string, List<FundExposure>>(StringComparer.Ordinal);
            var staged = new List<string>();

            var unmatchedPath = Path.Combine(staging, UnmatchedFile);
            var excludedPath = Path.Combine(staging, ExcludedFile);
            using (var unmatched = new ScreenedOutCsvWriter(unmatchedPath))
            using (var excluded = new ScreenedOutCsvWriter(excludedPath))
            using (var ahead = new ReadAhead<ReadItem>(total, i => HoldingsReaders.Read(request.Holdings[i].Path, request.Holdings[i].DisplayName, request.Holdings[i].Mapping)))
            {
                foreach (var (h, done) in request.Holdings.Select((h, i) => (h, i)))
                {
                    progress?.Report(new RunProgress(done, total, rows, h.DisplayName));
                    var fund = ScreenFile(h, ahead.File(done), matcher, review, nested, builder, unmatched, excluded);
                    if (h.EntryId is { } entry) (snapshots.TryGetValue(entry, out var list) ? list : snapshots[entry] = []).Add(fund);
                    inputs.Add(new InputFile(h.DisplayName, "holdings", Sha256(h.Path), new FileInfo(h.Path).Length, fund.Lines.Total));
                    rows += fund.HoldingRows;
                }
            }
            if (request.WriteScreenedOut) staged.AddRange([UnmatchedFile, ExcludedFile]);
            if (request.Decisions is { } decisions)
                inputs.Add(new InputFile(decisions.DisplayName, "review decisions", Sha256(decisions.Path), new FileInfo(decisions.Path).Length, File.ReadLines(decisions.Path).Count()));

            var run = new RunInfo(
                request.ToolVersion,
                reference.Version,
                Matcher.AlgorithmVersion,
                request.GeneratedAt,
                inputs,
                new ReferenceDataCounts(reference.Companies.Count, reference.Names.Count, reference.Allegations.Count, reference.IdentifierSources.Count),
                builder.WeightTolerancePercent,
                request.IllustrativeNote,
                lists.Used);
            progress?.Report(new RunProgress(total, total, rows, "computing the report"));
            var report = builder.Build(run, matcher.DistinctSecurities, review.Outcome(reference));
            if (request.Portfolio is { } plan)
            {
                var ordered = snapshots.ToDictionary(
                    kv => kv.Key,
                    kv => (IReadOnlyList<string>)kv.Value.OrderBy(f => f.AsOf ?? DateOnly.MinValue).Select(f => f.Id).ToList());
                report = report with { Portfolio = LookThrough.Compute(plan.Definition, plan.Fx, reference, report, ordered) };
            }

            var details = new ScreenedOutCsvReader(unmatchedPath, excludedPath);
            foreach (var renderer in request.Renderers)
            {
                progress?.Report(new RunProgress(total, total, rows, $"writing {renderer.FileName}"));
                using (var stream = File.Create(Path.Combine(staging, renderer.FileName)))
                    renderer.Render(report, details, stream);
                staged.Add(renderer.FileName);
            }

            var written = new List<string>();
            foreach (var name in staged)
            {
                var target = Path.Combine(request.OutputFolder, name);
                File.Move(Path.Combine(staging, name), target, overwrite: true);
                written.Add(target);
            }
            return new RunResult(report, written);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static FundExposure ScreenFile(HoldingsInput input, IEnumerable<ReadItem> items, Matcher matcher, ReviewBook review, NestedFunds nested,
        ExposureBuilder builder, ScreenedOutCsvWriter unmatched, ScreenedOutCsvWriter excluded)
    {
        FundAccumulator? fund = null;
        FundAccumulator Fund() => fund ?? throw new InvalidOperationException($"{input.DisplayName}: the reader yielded lines before the fund");

        foreach (var item in items)
        {
            switch (item)
            {
                case FundDetected d:
                    fund = builder.BeginFund(input.DisplayName, input.FundName is { } name ? d.Fund with { Name = name, NameFrom = MetadataOrigin.Portfolio } : d.Fund);
                    break;
                case NotAHolding n:
                    Fund().NotAHolding(n.Source);
                    break;
                case Rejected r:
                    Fund().Rejected(r.Source, r.Reason, r.RawText);
                    break;
                case HoldingRead { Row: var read }:
                    var row = input.IsIndex && read.MarketValue is null ? read with { MarketValue = read.WeightPercent } : read;
                    if (nested.FundOf(row, input.EntryId) is { } inner)
                    {
                        Fund().LookedThrough(row, inner);
                        break;
                    }
                    if (AssetClasses.ExclusionReason(row) is { } reason)
                    {
                        Fund().Holding(row, RowState.Excluded);
                        excluded.Write(Fund().Id, row, RowState.Excluded, reason);
                        break;
                    }
                    var key = matcher.KeyOf(row);
                    var match = review.Apply(key, row.Name, matcher.Match(key, row.Name));
                    var state = States.Of(match);
                    Fund().Holding(row, state, match);
                    if (state == RowState.Unmatched)
                        unmatched.Write(Fund().Id, row, state, match.DecidedBy is null ? "no listed company matched" : $"{match.Rule}: {match.Evidence[^1].Note}");
                    break;
                case EndOfFile end:
                    return Fund().Complete(end.Lines);
            }
        }
        throw new InvalidOperationException($"{input.DisplayName}: the reader ended without the end of the file");
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Review;
using Exposure.Lists.Combine;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Output;
using Exposure.Pipeline.Reading;
using Exposure.Pipeline.Schemes;
using Exposure.Pipeline.Screening;
using Exposure.Readers;
using Exposure.Readers.Mapping;
using Exposure.Readers.Review;

namespace Exposure.Pipeline;

/// <summary>
/// The whole job (docs/architecture.md): load the list; read every holdings file (streaming, several files at once on
/// worker threads, which also make each row a <see cref="Holding"/> and screen new securities ahead:
/// <see cref="ReadAhead{T}"/>); take the rows in file order and screen each (<see cref="Screener"/>); add up each fund
/// (<see cref="FundAccumulator"/>) and compute the report model once (<see cref="ExposureBuilder"/>, and
/// <see cref="LookThrough"/> for a scheme); render it. Outputs are written to the run's own folder and published as one
/// set only when everything succeeded (<see cref="ReportOutput"/>): a failed run leaves the previous reports as they were.
/// </summary>
public static class ExposureRun
{
    public static RunResult Execute(RunRequest request, IProgress<RunProgress>? progress = null) => Execute(request, progress, beforeMove: null);

    /// <param name="request">What to run.</param>
    /// <param name="progress">Where to report progress, or null.</param>
    /// <param name="beforeMove">Called before each rename while the set of reports is published: a place for tests to fail.</param>
    internal static RunResult Execute(RunRequest request, IProgress<RunProgress>? progress, Action<string>? beforeMove)
    {
        if (request.Holdings.Count == 0) throw new ArgumentException("no holdings files given");
        foreach (var h in request.Holdings)
            if (!File.Exists(h.Path) && !Directory.Exists(h.Path)) throw new DataException(h.DisplayName, null, "file not found");

        var loaded = (request.Lists is { Count: > 0 } specs ? specs : [ListLoader.Bundled])
            .SelectMany(spec => ListLoader.LoadAll(spec, request.ReferenceFolder))
            .ToList();
        var lists = ListSet.Combine(loaded);
        var reference = lists.Data;
        ListCut? cut = null;
        if (request.ListAsOf is { } listDate)
        {
            var dated = reference.AsOf(listDate);
            reference = dated.Data;
            cut = new ListCut(listDate, dated.AllegationsLeftOut, dated.CompaniesLeftOut.Select(c => c.NameEn).ToList(), dated.UndatedKept,
                dated.AllegationsTotal, dated.CompaniesOnOtherGrounds.Select(c => c.NameEn).ToList(), dated.AllegationsOfCompaniesLeftOut,
                dated.BasisChanged.Select(c => $"{c.NameEn} ({Wording.Of(reference.Company(c.Id).Basis)})").ToList(),
                reference.Companies.Count, reference.Allegations.Count);
        }
        var inputs = new List<InputFile>();
        var decisions = new List<InputFile>();
        var review = request.Decisions is { } d ? LoadDecisions(d, decisions, request.ShowReviewers, reference.Exchanges) : ReviewBook.Empty;
        var mappings = LoadMappings(request.Holdings);
        var total = request.Holdings.Count;
        long rows = 0;
        progress?.Report(new RunProgress(0, total, 0, $"reference data {reference.Version}"));

        using var output = new ReportOutput(request.OutputFolder, request.Renderers.Select(r => r.FileName), beforeMove);
        using var spill = new ScreenedOutSpill(output.Staging);
        var (builder, snapshots, distinct) = Screen(request, reference, review, mappings, spill, inputs, progress, ref rows);
        spill.Complete();
        var holdingsInputs = inputs.Count; // named as published already, apart from one another
        inputs.AddRange(decisions);
        inputs.AddRange(mappings.Values.Select(m => m.File));
        if (request.Portfolio is { } scheme) inputs.AddRange(scheme.Files);
        inputs.AddRange(loaded.SelectMany(l => l.Data.Files));

        var run = new RunInfo(
            request.ToolVersion,
            reference.Version,
            Matcher.AlgorithmVersion,
            request.GeneratedAt,
            inputs.Take(holdingsInputs).Concat(inputs.Skip(holdingsInputs).Select(Published)).ToList(),
            new ReferenceDataCounts(reference.Companies.Count, reference.Names.Count, reference.Allegations.Count, reference.IdentifierSources.Count,
                reference.Companies.Count(c => c.Listings.Count > 0)),
            builder.WeightTolerancePercent,
            request.IllustrativeNote,
            Published(lists.Used),
            cut);
        progress?.Report(new RunProgress(total, total, rows, "computing the report"));
        var report = builder.Build(run, distinct, review.Outcome(reference)) with { ScreenedOut = spill };
        // Two funds of one name have their ids by their files, not by their order: rows written before take them.
        spill.Rename(builder.RenamedIds);
        if (request.Portfolio is { } plan)
        {
            var ordered = snapshots.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<string>)kv.Value.OrderBy(f => f.AsOf ?? DateOnly.MinValue).Select(f => builder.FinalId(f.Id)).ToList());
            var lookedThrough = LookThrough.Compute(plan.Definition, plan.Fx, reference, report, ordered);
            report = SchemeWarnings.Apply(report, lookedThrough, ordered) with { Portfolio = lookedThrough };
            // A company's profile gives what the scheme holds of it, looked through, as the scheme's table of companies does.
            var schemeValue = SchemeCompanyValue.For(lookedThrough);
            report = report with { Companies = report.Companies.Select(c => c with { Scheme = schemeValue(c.Id) }).ToList() };
        }

        output.RenderAll(request.Renderers.Where(r => r.Applies(report)).ToList(), report,
            renderer => progress?.Report(new RunProgress(total, total, rows, $"writing {renderer.FileName}")));
        var written = output.Commit();
        // The screened-out rows live in the run's folder, which goes with the run.
        return new RunResult(report with { ScreenedOut = ScreenedOutRows.None }, written) { Kept = output.Kept };
    }

    /// <summary>
    /// Reads and screens every holdings file, in order. The screener's caches (every security seen and its result) live
    /// only while this runs, so that the memory they hold is free for writing the reports.
    /// </summary>
    private static (ExposureBuilder Builder, Dictionary<string, List<FundExposure>> Snapshots, int DistinctSecurities) Screen(
        RunRequest request, ReferenceData reference, ReviewBook review, Dictionary<string, (HoldingsMapping Mapping, InputFile File)> mappings, ScreenedOutSpill spill,
        List<InputFile> inputs, IProgress<RunProgress>? progress, ref long rows)
    {
        var holdings = request.Portfolio is null ? request.Holdings : WithSheetsReadElsewhere(request.Holdings);
        var total = holdings.Count;
        var screener = new Screener(reference, review);
        var nested = new NestedFunds(request.Portfolio?.Definition);
        var builder = new ExposureBuilder(reference, screener.Families);
        var snapshots = new Dictionary<string, List<FundExposure>>(StringComparer.Ordinal);

        var sources = holdings.Select(h => new InputSource(h.Path, h.DisplayName, "holdings")).ToList();
        // How reports name each input: its file name, with as many of its folders as tell apart two inputs of one name.
        var published = PublishedName.Distinct(holdings.Select(h => h.DisplayName).ToList());
        // A file given twice is one fund: its later copies are not read. A scheme's fund under two parents is not a copy.
        var same = request.Portfolio is null ? SameFiles.Find(holdings) : SameFiles.None(total);
        // In a scheme, holdings that read one file (one fund held by two managers, or as two mandates) are one fund held
        // twice: the file is read and screened once, and each holding looks through that one fund.
        var heldAgain = request.Portfolio is null ? new int?[total] : HeldAgain(holdings);
        var linesOf = new int[total];
        var fundsOf = new IReadOnlyList<FundExposure>[total];
        var workers = request.ReadWorkers ?? ReadAhead<PreparedItem>.DefaultWorkers;
        using (var ahead = new ReadAhead<PreparedItem>(total, i => same.FirstOf(i) is not null || heldAgain[i] is not null ? [] : FileScreening.Prepare(screener, nested,
            HoldingsReaders.Read(sources[i], holdings[i].Mapping is { } m ? mappings[m].Mapping : null, holdings[i].Sheet, request.NportMonths,
                workers: request.ReadWorkers)), workers))
        {
            for (var i = 0; i < total; i++)
            {
                var input = holdings[i];
                progress?.Report(new RunProgress(i, total, rows, input.DisplayName));
                if (same.FirstOf(i) is { } first)
                {
                    foreach (var _ in ahead.File(i)) throw new InvalidOperationException($"{input.DisplayName}: a copy of another input was read");
                    linesOf[i] = linesOf[first];
                    var copy = same.Describe(i, published[i], linesOf[i]);
                    builder.AddCopy(published[i], published[first], linesOf[i], copy.Sha256);
                    inputs.Add(copy);
                    continue;
                }
                if (heldAgain[i] is { } held)
                {
                    foreach (var _ in ahead.File(i)) throw new InvalidOperationException($"{input.DisplayName}: a file held again was read again");
                    if (input.EntryId is { } again)
                        (snapshots.TryGetValue(again, out var list) ? list : snapshots[again] = []).AddRange(fundsOf[held]);
                    continue;
                }
                var file = new FileScreening(input, published[i], screener, builder, spill);
                var (funds, lines) = file.Screen(ahead.File(i));
                linesOf[i] = lines;
                fundsOf[i] = funds;
                foreach (var fund in funds)
                {
                    if (input.EntryId is { } entry) (snapshots.TryGetValue(entry, out var list) ? list : snapshots[entry] = []).Add(fund);
                    rows += fund.HoldingRows;
                }
                inputs.Add(sources[i].Describe(lines) with { Name = published[i], Sheet = file.Sheet });
            }
        }
        return (builder, snapshots, screener.DistinctSecurities);
    }

    /// <summary>
    /// For each of a scheme's inputs, the earlier input that reads the same file (and sheet, mapping and kind) when there
    /// is one: the holding reading it again holds the same fund.
    /// </summary>
    private static int?[] HeldAgain(IReadOnlyList<HoldingsInput> inputs)
    {
        var result = new int?[inputs.Count];
        var first = new Dictionary<(string Path, string? Sheet, string? Mapping, bool IsIndex, DateOnly? AsOf), int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var key = (input.Path, input.Sheet?.ToUpperInvariant(), input.Mapping, input.IsIndex, input.AsOf);
            if (first.TryGetValue(key, out var j)) result[i] = j;
            else first[key] = i;
        }
        return result;
    }

    /// <summary>
    /// A scheme's inputs, each with the sheets the other holdings read from the same workbook: a workbook whose sheets
    /// are the funds of several holdings has each sheet read by its own holding, and none is said to be left unread.
    /// </summary>
    private static List<HoldingsInput> WithSheetsReadElsewhere(IReadOnlyList<HoldingsInput> inputs) =>
        inputs.Select((input, i) => inputs.Where((other, j) => j != i && string.Equals(other.Path, input.Path, StringComparison.Ordinal)).Select(o => o.Sheet).ToList() is { Count: > 0 } elsewhere
                ? input with { SheetsReadElsewhere = elsewhere }
                : input)
            .ToList();

    private static ReviewBook LoadDecisions(InputPath file, List<InputFile> inputs, bool showReviewers, ExchangeDirectory exchanges)
    {
        var source = new InputSource(file.Path, file.DisplayName, "review decisions");
        // A decisions file re-saved by a spreadsheet loses a code's leading zeros (002938 as 2938): codes are taken in their
        // exchange's canonical form, as holdings' are, so that the decision still meets its security.
        var decisions = ReviewFile.Load(source, out var lines)
            .Select(d => d.Mic is { } mic && exchanges.ByMic(mic)?.CanonicalTicker(d.Ticker) is { } code ? d with { Ticker = code } : d);
        inputs.Add(source.Describe(lines));
        return new ReviewBook(PublishedName.Of(file.DisplayName), decisions, showReviewers);
    }

    /// <summary>An input as reports publish it: its file name and SHA-256, never the folder it was read from.</summary>
    private static InputFile Published(InputFile file) =>
        file with { Name = file.Role == "list" ? PublishedName.OfListFile(file.Name) : PublishedName.Of(file.Name) };

    private static ListsUsed? Published(ListsUsed? used) =>
        used is null ? null : used with
        {
            Lists = used.Lists.Select(l => l with { File = PublishedName.OfListFile(l.File) }).ToList(),
            Issues = used.Issues.Select(i => i with { File = PublishedName.OfListFile(i.File) }).ToList(),
        };

    /// <summary>Each mapping file the holdings name, read once.</summary>
    private static Dictionary<string, (HoldingsMapping Mapping, InputFile File)> LoadMappings(IEnumerable<HoldingsInput> holdings)
    {
        var result = new Dictionary<string, (HoldingsMapping, InputFile)>(StringComparer.Ordinal);
        foreach (var path in holdings.Select(h => h.Mapping).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var source = new InputSource(path, path, "mapping");
            var mapping = HoldingsMapping.Load(source);
            result[path] = (mapping, source.Describe(mapping.Lines));
        }
        return result;
    }
}

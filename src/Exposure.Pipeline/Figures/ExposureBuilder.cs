using System.Globalization;
using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Review;

namespace Exposure.Pipeline.Figures;

/// <summary>
/// The exposure stage: takes each fund's figures as its file is read and computes the report model once. Holds only
/// what the report holds (findings, rejected lines, per-fund totals). Totals over funds are given for one fund, or for
/// several that state one currency; over funds of different dates they are labelled with the range and given per date;
/// what a reader must know beside them is worded once, in <see cref="ReportSummary.Warnings"/>.
/// </summary>
public sealed class ExposureBuilder(ReferenceData reference, CorporateFamilies families, decimal weightTolerancePercent = ExposureBuilder.DefaultWeightTolerancePercent)
{
    /// <summary>Files round weights to two decimals; a difference above a hundredth of a percentage point is reported.</summary>
    public const decimal DefaultWeightTolerancePercent = 0.01m;

    private readonly List<FundExposure> _funds = [];
    private readonly List<HoldingFinding> _findings = [];
    private readonly List<SetAsideRow> _setAside = [];
    private readonly List<RejectedLine> _rejected = [];
    private readonly HashSet<string> _fundIds = new(StringComparer.Ordinal);

    /// <summary>Each fund's id as it was begun, in order, with what it was made of before a number was added.</summary>
    private readonly List<(string Id, string Slug)> _begun = [];

    /// <summary>The ids that a clash of names gave out in the order the funds came, changed to their stable ones (<see cref="StableIds"/>).</summary>
    private Dictionary<string, string>? _renamed;
    private readonly List<(string File, StateCounts Lines)> _linesOfNoFund = [];
    private readonly List<(string File, string First, int Lines, string Sha256)> _copies = [];
    private readonly List<(string File, string Text)> _inputNotes = [];

    /// <summary>Per fund, the holding lines rejected as unreadable (not total lines): the rows may fall short by what they hold.</summary>
    private readonly Dictionary<string, int> _unreadableLines = new(StringComparer.Ordinal);

    public decimal WeightTolerancePercent => weightTolerancePercent;

    public ExposureBuilder(ReferenceData reference) : this(reference, new CorporateFamilies(reference))
    {
    }

    /// <summary>
    /// Starts a fund with an id of its own: a filing's report (an N-PORT data set's) by what identifies it, its series
    /// (else its registrant's CIK and its name), its date and its accession number, the same whatever the order the inputs
    /// are given in; another fund by its name. A number is added when two funds would share an id, and the report's ids
    /// are then given out by the funds' files, not by their order (<see cref="StableIds"/>).
    /// </summary>
    /// <param name="sourceFile">The holdings file's name as reports publish it.</param>
    /// <param name="constituentList">The file is an index's constituent list: weights it gives without values are weights, not money.</param>
    public FundAccumulator BeginFund(string sourceFile, FundMetadata fund, bool constituentList = false) =>
        new(reference, weightTolerancePercent, UniqueId(IdOf(fund)), sourceFile, fund, constituentList);

    /// <summary>What a fund's id is made of: for a filing's report, its series (else CIK and name), date and accession number; else its name.</summary>
    private static string IdOf(FundMetadata fund)
    {
        if (fund.AccessionNumber is not { } accession) return fund.Name;
        var series = fund.SeriesId ?? (fund.Cik is { } cik ? $"cik {cik} {fund.Name}" : fund.Name);
        var date = fund.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        return $"{series} {date} {accession}";
    }

    public void Add(FundResult fund)
    {
        _funds.Add(fund.Fund);
        _findings.AddRange(fund.Findings);
        _setAside.AddRange(fund.SetAside);
        _rejected.AddRange(fund.Rejected);
        if (fund.Rejected.Where(r => r.Kind == RejectionKind.Unreadable).Sum(r => r.LineCount) is > 0 and var unreadable) _unreadableLines[fund.Fund.Id] = unreadable;
    }

    /// <summary>
    /// Counts lines of an input that belong to no fund (a data set's rows of a filing it does not describe): in the
    /// report's lines and, per input, in <see cref="ReportSummary.LinesOfNoFund"/>, never in a fund's.
    /// </summary>
    public void AddLinesOfNoFund(string file, RowState state, int lines, RejectedLine? rejected = null)
    {
        var at = _linesOfNoFund.FindIndex(x => x.File == file);
        if (at < 0) _linesOfNoFund.Add((file, StateCounts.Zero.Add(state, lines)));
        else _linesOfNoFund[at] = (file, _linesOfNoFund[at].Lines.Add(state, lines));
        if (rejected is not null) _rejected.Add(rejected);
    }

    /// <summary>What a reader read an input without (a data set's table it lacks) and used instead: said beside the figures.</summary>
    public void AddInputNote(string file, string text)
    {
        if (!_inputNotes.Contains((file, text))) _inputNotes.Add((file, text));
    }

    /// <summary>
    /// Counts a holdings file given again (the same bytes as <paramref name="first"/>, an earlier input): its holdings are
    /// the first's, counted once, as the first; its lines are rejected as the same file, in the report's lines and in no
    /// fund's (<see cref="ReportSummary.LinesOfNoFund"/>), and listed as one rejected record.
    /// </summary>
    public void AddCopy(string file, string first, int lines, string sha256)
    {
        _copies.Add((file, first, lines, sha256));
        if (lines > 0)
            AddLinesOfNoFund(file, RowState.Rejected, lines, new RejectedLine(file, 1, lines, Wording.SameFileReason(file, first), "", RejectionKind.SameFile));
    }

    public ExposureReport Build(RunInfo run, int distinctSecurities, ReviewOutcome? review = null)
    {
        if (_renamed is null)
        {
            _renamed = StableIds(run);
            Rename();
        }

        var reports = MarketReports.Of(_funds);
        var market = MarketFigures.Compute(_funds, _findings, reports);
        // In a market of filings each fund counts once, by its latest report; its earlier reports are the base its
        // entries and exits are compared with, screened and listed but not added. A repeat of a report of the same fund and
        // date counts once; a fund with no report in the latest data set is not in the market.
        var latest = market?.Funds.Where(f => f.Presence != MarketPresence.NoLaterReport).Select(f => f.LatestFundId).ToHashSet(StringComparer.Ordinal);
        var counted = latest is null ? _funds : _funds.Where(f => latest.Contains(f.Id)).ToList();
        var gone = market is null ? [] : _funds.Where(f => reports.Presence[MarketReports.Key(f)] == MarketPresence.NoLaterReport).ToList();
        var goneIds = gone.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var repeats = market is null ? [] : _funds.Where(f => reports.SameDate.ContainsKey(f.Id) && !goneIds.Contains(f.Id)).ToList();
        var earlier = latest is null ? [] : _funds.Where(f => !latest.Contains(f.Id) && !goneIds.Contains(f.Id) && !reports.SameDate.ContainsKey(f.Id)).ToList();
        var countedIds = counted.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var (currency, withheld) = Totals(counted);
        var lines = _linesOfNoFund.Aggregate(_funds.Aggregate(StateCounts.Zero, (acc, f) => acc.Plus(f.Lines)), (acc, x) => acc.Plus(x.Lines));
        var listsOf = ListsNaming(run.Lists);
        var companies = Companies(countedIds, run.Lists, listsOf);
        // Over several funds the flagged share is value over value: a fund whose flagged weight is unknown (its named
        // holdings' values unknown) leaves those holdings out of it too, so the share is a lower bound.
        var unknown = counted.Aggregate(UnknownValues.None, (acc, f) => acc.Plus(counted.Count > 1 ? OutOfSharedWeight(f) : f.ValuesUnknown));
        var figures = Figures(counted, withheld);
        var dates = Dates(run, counted);
        var earlierReports = earlier.Count == 0 ? null
            : new EarlierReports(_funds.Count, earlier.Select(f => f.Id).ToList(), earlier.Select(f => f.AsOf).OfType<DateOnly>().Distinct().Order().ToList());
        var held = companies.Where(c => c.Holdings.Any(h => countedIds.Contains(h.FundId))).ToList();

        var summary = new ReportSummary(
            counted.Count,
            currency,
            figures.FundValue,
            figures.Screened,
            figures.Flagged,
            figures.FlaggedShare,
            figures.Related,
            figures.RelatedShare,
            figures.Review,
            held.Count(c => c.Basis == Basis.Named),
            held.Count(c => c.Basis != Basis.Named),
            // A company the funds are short in, awaiting review, is not held: its short is said in its fund's note (ShortPositionsNote).
            _findings.Where(f => f.State == RowState.NeedsReview && !f.IsShort && countedIds.Contains(f.FundId)).Select(f => f.CompanyId).Distinct().Count(),
            counted.Count(f => f.CompaniesFlagged > 0),
            // As CompaniesFlagged counts a fund's named companies: a short position is not a holding.
            _findings.Where(f => f.State == RowState.Related && !f.IsShortPosition && countedIds.Contains(f.FundId)).Select(f => f.FundId).Distinct(StringComparer.Ordinal).Count(),
            lines,
            _funds.Sum(f => f.HoldingRows),
            distinctSecurities,
            _findings.Count(f => f.DecidedBy is not null && f.State is RowState.Matched or RowState.Related),
            withheld,
            unknown,
            dates,
            ByDate(counted),
            Warnings(run, dates, unknown, companies, withheld, counted, earlierReports, market is null ? null : reports, repeats, gone),
            SourceKindCounts.Of(companies, _findings),
            counted.Count == 1 ? counted[0].FlaggedByInstrument
                : withheld is null ? counted.Aggregate(InstrumentSplit.None, (acc, f) => acc.Plus(f.FlaggedByInstrument ?? InstrumentSplit.None))
                : null,
            earlierReports,
            _linesOfNoFund.Count == 0 ? null : _linesOfNoFund.Select(x => new LinesOfNoFund(x.File, x.Lines)).ToList(),
            FilingEntries.Of(_funds));

        // Each finding says which of several lists name its company, as its company does.
        var findings = run.Lists is { Lists.Count: > 1 } ? _findings.Select(f => f with { Lists = listsOf(f.CompanyId) }).ToList() : _findings.ToList();
        return new ExposureReport(run, summary, Superseded(market, reports), companies, findings, _rejected.ToList(),
            review is null ? ReviewOutcome.None : review with { SetAside = _setAside.ToList() },
            Market: market);
    }

    /// <summary>
    /// The lists screened against that name a company (or its relative, for which the list carries it), in the order the
    /// lists were given (<see cref="ListFraming.Naming"/>), worked out once per company: a company's and its findings' alike.
    /// Null where one list is screened against.
    /// </summary>
    private Func<string, IReadOnlyList<string>?> ListsNaming(ListsUsed? lists)
    {
        var known = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        return id =>
        {
            if (!known.TryGetValue(id, out var names))
                known[id] = names = reference.FindCompany(id) is null ? null : ListFraming.Naming(reference.AllegationsOf(id).Select(a => a.ListName), lists);
            return names;
        };
    }

    /// <summary>
    /// The funds, each report of a market's fund that is not counted saying why: the report that counts in its place (its
    /// fund's latest, or the report of the same date chosen by filing), or that its fund has no report in the latest data set.
    /// </summary>
    private List<FundExposure> Superseded(MarketView? market, MarketReports reports)
    {
        if (market is null) return _funds.ToList();
        var byId = _funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var latestOf = market.Funds.ToDictionary(f => f.FundKey, f => byId[f.LatestFundId], StringComparer.Ordinal);
        return _funds.Select(f =>
            {
                var key = MarketReports.Key(f);
                var latest = latestOf[key];
                if (reports.Presence[key] == MarketPresence.NoLaterReport && ReferenceEquals(f, latest))
                    return f with { NoLaterReportIn = reports.LatestDataSet };
                if (ReferenceEquals(f, latest)) return f;
                var instead = reports.SameDate.TryGetValue(f.Id, out var same) ? same : latest;
                return f with { SupersededBy = new SupersedingReport(instead.Id, instead.AccessionNumber, instead.AsOf, instead.FormType, instead.FiledOn) };
            })
            .ToList();
    }

    /// <summary>
    /// The currency of the totals and, when totals cannot be given, why: one fund always has its totals; several must state
    /// one currency, and none may be a constituent list, whose weights are not money to add.
    /// </summary>
    private static (string? Currency, TotalsWithheld? Withheld) Totals(IReadOnlyList<FundExposure> funds)
    {
        if (funds.Any(f => f.FundValueBasis == FundValueBasis.ConstituentWeights))
            return (funds.Count == 1 ? funds[0].Currency : null, TotalsWithheld.WeightsOnly);
        var currencies = funds.Select(f => f.Currency).Distinct().ToList();
        if (funds.Count > 1 && currencies.OfType<string>().Count() > 1) return (null, TotalsWithheld.DifferentCurrencies);
        if (funds.Count > 1 && currencies.Contains(null)) return (null, TotalsWithheld.CurrencyNotStated);
        var currency = currencies.Count == 1 ? currencies[0] : null;
        // A sum over funds of which some have no known value would leave those out: it is not given, and says which it is.
        if (funds.Count > 0 && funds.Any(f => f.FundValue is null))
            return (currency, funds.All(f => f.FundValue is null) ? TotalsWithheld.ValuesUnknown : TotalsWithheld.SomeValuesUnknown);
        return (currency, null);
    }

    /// <param name="FundValue">The funds' value, the base of the shares.</param>
    /// <param name="Screened">Of it, the value in rows screened against the list.</param>
    private sealed record Sums(decimal? FundValue, decimal? Screened, decimal? Flagged, decimal? FlaggedShare, decimal? Related, decimal? RelatedShare, decimal? Review);

    /// <summary>
    /// The totals: one fund's own figures (its shares on its own basis, also when only its weights are known, so that
    /// the headline share is the fund's flagged weight); several funds' sums and shares of their summed value, when totals
    /// can be given. A share over several funds is each fund's share on the basis its flagged weight uses, weighted by its
    /// value: value over value where every fund's weights are value over fund value; where a fund's weights are its file's
    /// own, its flagged weight times its value (<see cref="Wording.FlaggedShareOf"/> says so beside it). Shares are of
    /// the fund value; the value screened is beside it, the rows not screened (cash, government debt ...) left out.
    /// </summary>
    private static Sums Figures(IReadOnlyList<FundExposure> funds, TotalsWithheld? withheld)
    {
        if (funds.Count == 1)
        {
            var f = funds[0];
            var screenedOfOne = f.FundValue is null ? null : f.ScreenedValue;
            return new(f.FundValue, screenedOfOne, f.FlaggedValue, f.FlaggedWeight, f.RelatedValue, f.RelatedWeight, f.ReviewValue);
        }
        if (withheld is not null) return new(null, null, null, null, null, null, null);
        var fundValue = funds.Sum(f => f.FundValue ?? 0);
        // A fund whose rows screened have no known value makes the value screened over the funds unknown, not smaller.
        decimal? screened = funds.Any(f => f.ScreenedValue is null) ? null : funds.Sum(f => f.ScreenedValue ?? 0);
        var flagged = FundAccumulator.Sum(funds, f => f.FlaggedValue);
        var related = FundAccumulator.Sum(funds, f => f.RelatedValue);
        return new(fundValue, screened, flagged, SharesOver(funds, fundValue, f => f.FlaggedValue, f => f.FlaggedWeight),
            related, SharesOver(funds, fundValue, f => f.RelatedValue, f => f.RelatedWeight), FundAccumulator.Sum(funds, f => f.ReviewValue));
    }

    /// <summary>
    /// A share over several funds of known value: value over value where every fund's weights are value over its value;
    /// where some fund's weights are its file's own, each fund's weight times its value over their summed value, or
    /// unknown where a fund's weight is.
    /// </summary>
    private static decimal? SharesOver(IReadOnlyList<FundExposure> funds, decimal fundValue, Func<FundExposure, decimal?> value, Func<FundExposure, decimal?> weight)
    {
        if (funds.All(f => f.WeightBasis != WeightBasis.FileWeights)) return Share(FundAccumulator.Sum(funds, value), fundValue);
        decimal held = 0;
        foreach (var f in funds)
        {
            if (weight(f) is not { } w || f.FundValue is not { } v) return null;
            held += w * v;
        }
        return Share(held, fundValue);
    }

    /// <summary>
    /// A fund's values unknown as a share over several funds sees them: where its weights are value over its value and its
    /// flagged weight is unknown, each holding in a named company of unknown value is left out of the share.
    /// </summary>
    internal static UnknownValues OutOfSharedWeight(FundExposure f) =>
        f.FlaggedWeight is null && f.FundValue is not null && f.WeightBasis != WeightBasis.FileWeights && f.ValuesUnknown.Matched > f.ValuesUnknown.MatchedOutOfWeight
            ? f.ValuesUnknown with { MatchedOutOfWeight = f.ValuesUnknown.Matched }
            : f.ValuesUnknown;

    /// <summary>The figures per as-of date, when the funds are of more than one (an unknown date counting as one).</summary>
    private List<DateTotals> ByDate(IReadOnlyList<FundExposure> counted)
    {
        var groups = counted.GroupBy(f => f.AsOf).OrderBy(g => g.Key ?? DateOnly.MaxValue).ToList();
        if (groups.Count < 2) return [];
        // The companies each fund holds, found once: a market of thousands of funds has as many dates.
        var namedByFund = _findings.Where(f => f.State == RowState.Matched && !f.IsShortPosition)
            .GroupBy(f => f.FundId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.CompanyId).ToList(), StringComparer.Ordinal);
        return groups.Select(g =>
        {
            var funds = g.ToList();
            var (currency, withheld) = Totals(funds);
            var sums = Figures(funds, withheld);
            var named = funds.Select(f => f.Id).Distinct(StringComparer.Ordinal)
                .SelectMany(id => namedByFund.TryGetValue(id, out var companies) ? companies : []).Distinct().Count();
            // As the headline's bounds over every fund: holdings in named companies of unknown value are left out of the date's figures.
            var unknown = funds.Aggregate(UnknownValues.None, (acc, f) => acc.Plus(funds.Count > 1 ? OutOfSharedWeight(f) : f.ValuesUnknown));
            return new DateTotals(g.Key, funds.Count, currency, sums.FundValue, sums.Screened, sums.Flagged, sums.FlaggedShare, named, withheld,
                sums.Flagged is not null && unknown.Matched > 0, sums.FlaggedShare is not null && unknown.MatchedOutOfWeight > 0);
        }).ToList();
    }

    private ReportDates Dates(RunInfo run, IReadOnlyList<FundExposure> counted)
    {
        var known = counted.Select(f => f.AsOf).OfType<DateOnly>().ToList();
        var latest = reference.Allegations
            .Select(a => (a.Date, Parsed: AllegationDates.Parse(a.Date)))
            .Where(x => x.Parsed is not null)
            .OrderByDescending(x => x.Parsed!.Value.Start)
            .ThenByDescending(x => x.Parsed!.Value.Precision == DatePrecision.Day)
            .Select(x => x.Date)
            .FirstOrDefault();
        return new ReportDates(
            known.Count == 0 ? null : known.Min(),
            known.Count == 0 ? null : known.Max(),
            counted.Count(f => f.AsOf is null),
            run.ReferenceDataVersion,
            // The list's own date only: a file's modification date is not the date the list states (ReportDates.ListDate).
            run.Lists is { Lists: [{ DateIsFileModified: false } list] } ? list.Date : null,
            latest,
            run.ListAsOf?.AsOf);
    }

    /// <summary>What a reader must know beside the figures, in the order it matters.</summary>
    private List<FigureWarning> Warnings(RunInfo run, ReportDates dates, UnknownValues unknown, IReadOnlyList<CompanyExposure> companies, TotalsWithheld? withheld,
        IReadOnlyList<FundExposure> counted, EarlierReports? earlier, MarketReports? market, IReadOnlyList<FundExposure> repeats, IReadOnlyList<FundExposure> gone)
    {
        var warnings = new List<FigureWarning>();
        var scheme = run.Inputs.Any(i => i.Role == "portfolio");
        if (run.ListAsOf is { } cut)
        {
            warnings.Add(new("list-as-of", null, Wording.ListCutSummary(cut)));
        }
        // A list file that holds fewer entries than it states is not the whole list: the figures may miss what it names.
        foreach (var list in run.Lists?.Lists ?? [])
            if (ListFraming.Incomplete(list) is { } incomplete)
                warnings.Add(new("list-incomplete", null, incomplete));
        // What an input lacked and was read without comes first: the figures depend on it.
        foreach (var (file, note) in _inputNotes)
            warnings.Add(new("input-incomplete", null, $"{file}: {note}"));
        // A holdings file given again is counted once, as the first: say so beside the totals, with where its lines went.
        foreach (var copies in _copies.GroupBy(c => c.First, StringComparer.Ordinal))
        {
            var names = copies.Select(c => c.File).Prepend(copies.Key).ToList();
            var lines = copies.Sum(c => c.Lines);
            var of = copies.Count() == 1 ? copies.First().File : $"the {Wording.Number(copies.Count())} copies";
            warnings.Add(new("same-file", null,
                $"{Wording.Count(names.Count, "file", "files")} hold the same bytes ({string.Join(", ", names)}): their holdings are counted once, as {copies.Key}. " +
                $"The {Wording.Count(lines, "line", "lines")} of {of} {Wording.Verb(lines, "is", "are")} rejected as the same file: counted in the report's lines, in no fund's."));
        }
        // Inputs of the same bytes that are not counted once (a scheme's fund under two parents, a data set's folder) count their holdings each time;
        // a workbook's sheets read by two holdings of a scheme are two funds, not one counted twice.
        var countedOnce = _copies.Select(c => c.Sha256).ToHashSet(StringComparer.Ordinal);
        foreach (var same in run.Inputs.Where(i => i.Role == "holdings" && !countedOnce.Contains(i.Sha256)).GroupBy(i => (i.Sha256, i.Sheet)).Where(g => g.Count() > 1))
        {
            var names = same.Select(i => i.Shown).ToList();
            // Filings given twice (a data set's folder twice) are reports of the same funds and dates: a market counts each once.
            var ofFilings = market is not null && names.All(n => _funds.Any(f => OfInput(f, n)) && _funds.Where(f => OfInput(f, n)).All(f => f.SeriesId is not null || f.Registrant is not null));
            warnings.Add(new("same-file", null, ofFilings
                ? $"{Wording.Count(names.Count, "input holds", "inputs hold")} the same bytes ({string.Join(", ", names)}): their reports are of the same funds and dates, " +
                  "and each fund's report of a date is counted once, so the totals count those holdings once. Each copy's reports are screened and listed, not added."
                : $"{Wording.Count(names.Count, "file", "files")} hold the same bytes ({string.Join(", ", names)}): " +
                  $"each is counted as a fund of its own, so the totals count those holdings {Times(names.Count)}. Give each fund's file once."));
        }
        // Of two reports of one fund and date from different inputs, one counts, chosen by filing, whatever the order given.
        if (market is not null && repeats.Count > 0)
        {
            var n = repeats.Count;
            var repeated = repeats.Select(f => f.AsOf).OfType<DateOnly>().Distinct().Order().Select(d => Wording.Date(d));
            warnings.Add(new("same-report", null,
                $"{Wording.Count(n, "report repeats", "reports repeat")} a report of the same fund and date ({string.Join(", ", repeated)}): " +
                "each fund's report of a date is counted once, the one filed last (on the same day an amendment over its original, then the higher accession number), " +
                $"whatever the order the inputs are given in. The {Wording.Count(n, "other is", "others are")} screened and listed, not added."));
        }
        // Of several data sets the market is the latest's: a fund that has no report in it is not counted, and says so.
        if (market is not null && gone.Count > 0)
        {
            var last = gone.GroupBy(MarketReports.Key, StringComparer.Ordinal).Select(g => g.MaxBy(f => f.AsOf ?? DateOnly.MinValue)!).ToList();
            var named = string.Join("; ", last.Take(3).Select(f => $"{f.Name}{(f.Registrant is { } r && r != f.Name ? $" ({r})" : "")}, last report {Wording.Date(f.AsOf)}"))
                + (last.Count > 3 ? $"; and {Wording.Count(last.Count - 3, "other", "others")}" : "");
            warnings.Add(new("no-later-report", null,
                $"{Wording.Count(last.Count, "fund has", "funds have")} no report in the latest data set ({market.LatestDataSet}): {named}. " +
                $"{Wording.Verb(last.Count, "It", "They")} stopped filing or {Wording.Verb(last.Count, "is", "are")} not in that data set: the figures and totals, " +
                $"which are the latest data set's market, leave {Wording.Verb(last.Count, "it", "them")} out; the named and related companies " +
                $"{Wording.Verb(last.Count, "its", "their")} last report held are listed in the changes as exits of the fund (no-later-report), apart from sales."));
        }
        // Two funds of the same name and date that the files themselves state, from files of different bytes (a download
        // and the workbook it was saved as): likely one fund counted twice. Not in a scheme, where a fund held twice is
        // looked through each time, nor for filings, whose funds are told apart by series.
        if (!scheme)
        {
            foreach (var twice in counted.Where(f => f.NameFrom == MetadataOrigin.File && f.SeriesId is null && f.AsOf is not null)
                         .GroupBy(f => (Name: f.Name.Trim().ToUpperInvariant(), f.AsOf)).Where(g => g.Count() > 1))
            {
                var files = twice.Select(f => f.SourceFile).ToList();
                warnings.Add(new("same-fund", null,
                    $"{Wording.Count(files.Count, "file states", "files state")} the same fund and date ({twice.First().Name}, {Wording.Date(twice.Key.AsOf)}: " +
                    $"{string.Join(", ", files)}): each is counted as a fund of its own, so if they hold one fund the totals count its holdings {Times(files.Count)}. " +
                    "Give each fund's holdings once."));
            }
        }
        if (earlier is not null)
        {
            // A fund with no report in the latest data set is one of the funds, which the figures leave out (its own warning).
            var funds = counted.Count + gone.Count;
            var n = earlier.FundIds.Count;
            warnings.Add(new("earlier-reports", null,
                $"{Wording.Count(earlier.Reports, "fund report was", "fund reports were")} screened, of {Wording.Count(funds, "fund", "funds")}: the figures and totals count " +
                "each fund once, by its latest report" + (gone.Count > 0 ? $" ({Wording.Count(gone.Count, "fund", "funds")} with no report in the latest data set not at all)" : "") +
                $". {Wording.Count(n, "earlier report", "earlier reports")} " +
                $"({string.Join(", ", earlier.Dates.Select(d => Wording.Date(d)))}) {Wording.Verb(n, "is", "are")} not added: {Wording.Verb(n, "it is", "they are")} the base " +
                "the funds' entries and exits are compared with, and listed with the funds."));
        }
        if (unknown.Rows > 0 && Wording.ValuesUnknownSentence(unknown, StatedWeightOfUnknown(counted), counted.Count) is { Length: > 0 } text && !counted.All(f => f.FundValue is null))
            warnings.Add(new("values-unknown", null, text));
        warnings.AddRange(ShortPositionsNote.Of(_funds, _findings));
        // In a market of filings, funds whose rows disagree with their net assets are said in one note, not one each:
        // each fund's basis says how far its own are.
        // Labelled as the report will label them, so that two funds of one name are told apart here too.
        var labelled = FundLabels.Apply(_funds);
        var severalReports = SeveralReports(labelled);
        var disagree = labelled.Where(f => f.FundValueBasis == FundValueBasis.StatedNetAssets && NetAssetsCheck.RowsOverStated(f) is not null).ToList();
        var disagreeInOne = market is not null && disagree.Count > 1;
        if (disagreeInOne) warnings.Add(new("net-assets-disagree", null, NetAssetsDisagree(disagree, severalReports)));
        foreach (var f in labelled)
        {
            // Named as the report names it elsewhere: by its label where another fund shares its name, with its date where
            // another report of the same fund is named too.
            var name = NameOf(f, severalReports);
            // A filing's report that lists no holdings (a fund liquidated, or an amendment listing none) is said to, not left as a fund of 0 lines.
            if (f.AccessionNumber is not null && f.HoldingRows == 0) warnings.Add(new("no-holdings", f.Id, $"{name}: {Wording.NoHoldings(f.AsOf)}"));
            if (f.WeightCheck.ReadAsFractions is { } fractions) warnings.Add(new("weights-as-fractions", f.Id, Fractions(f, name, fractions)));
            if (f.RowCurrencies is { } currencies)
            {
                var named = $"{Wording.Count(currencies.Count, "currency", "currencies")} ({string.Join(", ", currencies)})";
                warnings.Add(f.FundValueBasis == FundValueBasis.SeveralCurrencies
                    ? new("several-currencies", f.Id,
                        $"{name}: the file gives its values in {named} and no rate to convert them" +
                        (f.WeightCheck.RowsCompared > 0 ? ", and its weights do not show them to be in one currency" : "") +
                        ": they are not added up, so the fund's value and the values held are unknown" +
                        (f.WeightBasis == WeightBasis.FileWeights ? $"; weights are the file's own: the flagged weight is {Wording.Percent(f.FlaggedWeight)}." : ", and so are the weights."))
                    : new("currencies-in-one", f.Id,
                        $"{name}: the file's rows name {named}, but its weights agree with its values added up as one: the values are read as " +
                        "in one currency (the column names each security's own), which the file does not name."));
            }
            if (f.FundValueBasis == FundValueBasis.SumOfRowsStatedSetAside)
                warnings.Add(new("net-assets-set-aside", f.Id,
                    $"{name}: the file states net assets of {Wording.Money(f.StatedNetAssets, null)}, but {f.StatedNetAssetsSetAside}. " +
                    $"The fund value is the sum of its rows ({Wording.Money(f.SumOfRows, f.Currency)}), and the flagged weight on it is {Wording.Percent(f.FlaggedWeight)}."));
            else if (f.FundValueBasis == FundValueBasis.SumOfRowsStatedNotPositive)
                warnings.Add(new("net-assets-set-aside", f.Id,
                    $"{name}: the file states net assets of {Wording.Money(f.StatedNetAssets, null)}, which cannot be what its weights are shares of. " +
                    $"The fund value is the sum of its rows ({Wording.Money(f.SumOfRows, f.Currency)})."));
            else if (NetAssetsCheck.RowsOverStated(f) is { } ratio && f.SumOfRows is { } rows && f.FundValue is { } na && !disagreeInOne)
                warnings.Add(new("net-assets-disagree", f.Id, NetAssetsDisagree(f, name, ratio, rows, na)));
            if (f.WeightCheck.StatedSumPercent is { } weightSum && Math.Abs(weightSum) > FundAccumulator.MaxWeightSumPercent)
                warnings.Add(new("weights-not-shares", f.Id,
                    $"{name}: the file's weights add up to {Percent(weightSum)}, more than ten whole funds: they are not shares of this fund and are not used. " +
                    (f.FundValue is null ? "Without a fund value, the weights are unknown." : "Weights are value over fund value.")));
            // Said just above: there is no fund value and no value held to set beside the file's weights.
            if (f.FundValueBasis == FundValueBasis.SeveralCurrencies) continue;
            if (f.FundValueBasis == FundValueBasis.ImpliedByWeights && f.WeightCheck.StatedSumPercent is { } sum)
            {
                var why = sum <= PartialFilePercent
                    ? Wording.WeightsUnreadable(f.WeightCheck) is { } unreadable
                        ? $"the file's weights add up to {Percent(sum)} ({unreadable}), so it may list part of the fund"
                        : $"the file's weights add up to {Percent(sum)}, so it lists part of the fund"
                    : f.FundValue < f.SumOfRows
                    ? $"the file's weights add up to {Percent(sum)}: they are shares of less than the sum of its rows ({Wording.Money(f.SumOfRows, f.Currency)}), " +
                      "so a row may be counted twice, or the weights are of another base"
                    : $"the file's weights are shares of more than the sum of its rows ({Wording.Money(f.SumOfRows, f.Currency)}): some values are unknown, or rows are left out";
                // Without a flagged value, the flagged weight is unknown on either base: there is nothing to set side by side.
                var otherBase = f.FlaggedWeight is null && f.AlternativeFlaggedWeight is null
                    ? "the flagged weight is unknown on either, as no value held in a named company could be read"
                    : f.FlaggedWeight == f.AlternativeFlaggedWeight
                    ? $"on the sum of its rows ({Wording.Money(f.SumOfRows, f.Currency)}) the flagged weight is the same, {Wording.Percent(f.FlaggedWeight)}"
                    : $"on the sum of its rows ({Wording.Money(f.SumOfRows, f.Currency)}) the flagged weight would be {Wording.Percent(f.AlternativeFlaggedWeight)} " +
                      $"instead of {Wording.Percent(f.FlaggedWeight)}";
                warnings.Add(new("weights-disagree", f.Id,
                    $"{name}: {why}. Its weights are used as it states them, on the fund value they imply ({Wording.Money(f.FundValue, f.Currency)}); {otherBase}."));
            }
            else if (f.FundValueBasis == FundValueBasis.ConstituentWeights)
            {
                warnings.Add(new("weights-only", f.Id,
                    $"{name}: an index constituent list gives weights, not money, so no value in money is shown for it and none is added to a total; " +
                    $"its figures are its weights (the flagged weight is {Wording.Percent(f.FlaggedWeight)})."));
                if (f.WeightCheck is { TakenOverTotal: true, StatedSumPercent: { } total })
                    warnings.Add(new("weights-over-total", f.Id,
                        $"{name}: the list's weights add up to {Percent(total)}, more than the whole index: each weight is taken over their total, " +
                        $"so that they add up to 100% and a mandate is looked through for its amount, not {Percent(total)} of it. " +
                        $"The flagged weight is {Wording.Percent(f.FlaggedWeight)}; as the list states its weights it would be {Wording.Percent(f.FlaggedWeight * total / 100)}."));
            }
            else if (f.WeightBasis == WeightBasis.FileWeights && f.FundValue is null)
            {
                warnings.Add(new("no-values", f.Id,
                    $"{name}: the file gives no market value that could be read, so the fund's value, the value screened and the values held are unknown; " +
                    "weights are the file's own."));
            }
            else if (f.FundValue is null && f.ValuesUnknown.Rows > 0)
            {
                warnings.Add(new("no-values", f.Id,
                    $"{name}: the file gives no net assets and no market value or weight that could be read " +
                    $"({Wording.Count(f.ValuesUnknown.Rows, "holding", "holdings")} with {Wording.Verb(f.ValuesUnknown.Rows, "its value", "their values")} unknown), " +
                    "so the fund's value, the values held and the flagged weight are unknown."));
            }
            else if (f.WeightBasis == WeightBasis.FileWeights)
            {
                var c = f.WeightCheck;
                warnings.Add(new("weights-disagree", f.Id,
                    $"{name}: the file's weights disagree with value over fund value on {Wording.Number(c.RowsOutsideTolerance)} of " +
                    $"{Wording.Count(c.RowsCompared, "row", "rows")} (by up to {c.MaxDifferencePercent.ToString("0.####", CultureInfo.InvariantCulture)} percentage points). " +
                    $"Weights are the file's own: the flagged weight is {Wording.Percent(f.FlaggedWeight)}; on value over fund value it would be {Wording.Percent(f.AlternativeFlaggedWeight)}."));
            }
        }
        if (counted.Select(f => f.AsOf).Distinct().Count() > 1 && withheld is null)
        {
            var range = dates.HoldingsFrom is { } from && dates.HoldingsTo is { } to && to != from ? $", {Wording.Date(from)} to {Wording.Date(to)}" : "";
            var undated = dates.FundsWithoutDate > 0 ? $" ({Wording.Count(dates.FundsWithoutDate, "fund's date is", "funds' dates are")} not known)" : "";
            warnings.Add(new("dates-differ", null,
                $"The funds are of different dates{range}{undated}: totals over them add holdings of different dates. " +
                "The figures of each date are given beside them."));
        }
        foreach (var (file, lines) in _linesOfNoFund.Where(x => !_copies.Any(c => c.File == x.File)))
        {
            var states = new[] { (lines.Rejected, "rejected"), (lines.NotAHolding, "not a holding") }.Where(x => x.Item1 > 0)
                .Select(x => $"{Wording.Number(x.Item1)} {x.Item2}");
            warnings.Add(new("lines-of-no-fund", null,
                $"{file}: {Wording.Count(lines.Total, "line belongs", "lines belong")} to no fund of the report ({string.Join(", ", states)}): " +
                $"{Wording.Verb(lines.Total, "it is", "they are")} counted for the input as a whole, in the report's lines, and in no fund's."));
        }
        var later = companies.Where(c => c.LaterThanHoldings.Count > 0).ToList();
        if (later.Count > 0)
        {
            warnings.Add(new("allegations-after-holdings", null,
                $"For {Wording.Count(later.Count, "company", "companies")} held, the list has allegations dated after the holdings " +
                $"({string.Join("; ", later.Take(3).Select(c => $"{c.NameEn}: {c.LaterThanHoldings[0].Text}"))}" +
                (later.Count > 3 ? "; …" : "") + "). Each company's entry says which; the list as it stood on the holdings' date can be screened against instead."));
        }
        if (counted.Where(f => f.AsOf is null).ToList() is { Count: > 0 } withoutDate)
            warnings.Add(new("date-unknown", withoutDate.Count == 1 ? withoutDate[0].Id : null, DateUnknown(withoutDate, scheme)));
        if (counted.Where(f => f.NameFrom == MetadataOrigin.FileName).ToList() is { Count: > 0 } unnamed)
            warnings.Add(new("name-from-file", unnamed.Count == 1 ? unnamed[0].Id : null, NameFromFile(unnamed, scheme)));
        foreach (var f in _funds.Where(f => f.OtherSheets is not null))
            warnings.Add(new("other-sheets", f.Id, OtherSheetsRead(f, f.OtherSheets!, scheme)));
        return warnings;
    }

    /// <summary>
    /// Holdings in named companies whose value is unknown and whose weight the file states (left out of the flagged share,
    /// where the fund's weights are value over its value), and that weight: of the one fund, or over several funds of
    /// known value, each fund's weighted by its value; null when there are none, or several funds' values are not all known.
    /// </summary>
    private (int Rows, decimal Weight)? StatedWeightOfUnknown(IReadOnlyList<FundExposure> counted)
    {
        var ids = counted.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var rows = _findings.Where(f => f is { State: RowState.Matched, IsHeld: true, WeightFromFile: true, Weight: not null } && ids.ContainsKey(f.FundId)).ToList();
        if (rows.Count == 0) return null;
        if (counted.Count == 1) return (rows.Count, rows.Sum(f => f.Weight!.Value));
        if (counted.Any(f => f.FundValue is null)) return null;
        var total = counted.Sum(f => f.FundValue!.Value);
        return Share(rows.Sum(f => f.Weight!.Value * ids[f.FundId].FundValue!.Value), total) is { } weight ? (rows.Count, weight) : null;
    }

    /// <summary>A fund of the input <paramref name="name"/> (as reports name it): of the file, or of a table in it.</summary>
    private static bool OfInput(FundExposure f, string name) =>
        f.SourceFile == name || f.SourceFile.StartsWith(name + "/", StringComparison.Ordinal);

    /// <summary>How many times holdings counted once per file are counted over <paramref name="files"/> files: "twice", "3 times".</summary>
    private static string Times(int files) => files == 2 ? "twice" : $"{Wording.Number(files)} times";

    /// <summary>Funds named in a warning: every one up to three, then how many more.</summary>
    private static string FundNames(IReadOnlyList<FundExposure> funds) =>
        string.Join(", ", funds.Take(3).Select(f => f.Name)) + (funds.Count > 3 ? $" and {Wording.Count(funds.Count - 3, "other", "others")}" : "");

    /// <summary>
    /// Funds whose holdings' date is unknown: no allegation can be placed before or after their holdings, so the check for
    /// allegations dated after the holdings could not be made for them.
    /// </summary>
    private static string DateUnknown(IReadOnlyList<FundExposure> funds, bool scheme) =>
        NotStated(funds,
            "the date of the holdings is unknown, as the file does not state it", "the date of the holdings is unknown, as the files do not state it",
            ", so allegations dated after the holdings could not be told apart from those before them",
            scheme ? "A holdings file that states its date is needed to tell them apart."
            : funds.Count == 1 ? "Give the date with --as-of YYYY-MM-DD." : "Give each fund's date with --as-of FILE=YYYY-MM-DD.");

    /// <summary>Funds whose name was taken from their file's name, as the file states none.</summary>
    private static string NameFromFile(IReadOnlyList<FundExposure> funds, bool scheme) =>
        NotStated(funds,
            "the fund's name is taken from its file name, as the file does not state one",
            "the funds' names are taken from their file names, as the files do not state them",
            "",
            scheme ? "Give each holding its name in the portfolio file."
            : funds.Count == 1 ? "Give the name with --fund-name." : "Give each fund's name with --fund-name FILE=NAME.");

    /// <summary>A workbook whose other sheets hold holdings too: which were not read, and how to read one.</summary>
    private static string OtherSheetsRead(FundExposure f, OtherSheets sheets, bool scheme)
    {
        var names = string.Join(", ", sheets.WithHoldings.Select(s => $"'{s}'{(sheets.Hidden.Contains(s) ? " (hidden)" : "")}"));
        var n = sheets.WithHoldings.Count;
        return $"{f.Name}: the workbook {f.SourceFile} has {(n == 1 ? "another sheet" : $"{Wording.Number(n)} other sheets")} with holdings: {names}. " +
               $"Only '{sheets.Read}' was read, so {Wording.Verb(n, "that sheet's", "their")} holdings are not in the figures. " +
               (scheme ? $"To read another sheet instead, name it as the holding's \"sheet\" in the portfolio file (or run again with --sheet {f.SourceFile}=NAME); to screen it as well, give it a holding of its own, with this workbook as its \"file\" and the sheet as its \"sheet\"."
                   : "To screen another sheet, run again with --sheet NAME (the same workbook given twice is counted once).");
    }

    /// <summary>What one or several funds' files do not state, what follows from it, and how to give it.</summary>
    private static string NotStated(IReadOnlyList<FundExposure> funds, string one, string several, string consequence, string give) =>
        (funds.Count == 1 ? $"{funds[0].Name}: {one}" : $"{Wording.Count(funds.Count, "fund", "funds")} ({FundNames(funds)}): {several}") +
        $"{consequence}. {give}";

    /// <summary>Why a fund's weights are read as fractions of the fund, and what that makes its flagged weight.</summary>
    private static string Fractions(FundExposure f, string name, FractionWeights fractions)
    {
        var why = fractions.Evidence == FractionEvidence.AgreeWithNetAssets
            ? $"its weights agree with value over the net assets it states ({Wording.Money(f.StatedNetAssets, f.Currency)}) as fractions of the fund, not as percentages"
            : $"the file's weights add up to {fractions.StatedSum.ToString("0.00", CultureInfo.InvariantCulture)} and its weight column does not say they are percentages";
        return $"{name}: {why}: they are read as fractions of the fund (0.05 as 5%); the flagged weight is {Wording.Percent(f.FlaggedWeight)}.";
    }

    /// <summary>
    /// A fund as a warning names it: by its label where another fund shares its name (<see cref="FundLabels"/>), and with
    /// its date where the report has another report of the same fund: "Illustrative Asia Equity Fund as of 2026-04-30".
    /// </summary>
    /// <param name="severalReports">The identities of funds the report has more than one report of (<see cref="SeveralReports"/>).</param>
    private static string NameOf(FundExposure f, IReadOnlySet<string> severalReports) =>
        f.AsOf is not null && severalReports.Contains(f.Identity) ? $"{f.DisplayName} as of {Wording.Date(f.AsOf)}" : f.DisplayName;

    /// <summary>The identities (<see cref="FundExposure.Identity"/>) of which <paramref name="funds"/> hold more than one report, found in one pass.</summary>
    private static HashSet<string> SeveralReports(IReadOnlyList<FundExposure> funds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var several = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in funds)
            if (!seen.Add(f.Identity)) several.Add(f.Identity);
        return several;
    }

    /// <summary>Several funds of a market whose rows disagree with the net assets they state: the first three named, with how far.</summary>
    private static string NetAssetsDisagree(IReadOnlyList<FundExposure> funds, IReadOnlySet<string> severalReports)
    {
        var named = string.Join("; ", funds.Take(3).Select(f => $"{NameOf(f, severalReports)}: rows {NetAssetsCheck.Percent(NetAssetsCheck.RowsOverStated(f)!.Value)} of it"));
        var more = funds.Count > 3 ? $"; and {Wording.Count(funds.Count - 3, "other", "others")}" : "";
        return $"{Wording.Count(funds.Count, "report's rows add", "reports' rows add")} up to more or less than the net assets {Wording.Verb(funds.Count, "it states", "they state")}, " +
               $"past {NetAssetsCheck.Percent(1 + NetAssetsCheck.Tolerance)} or short of {NetAssetsCheck.Percent(1 - NetAssetsCheck.Tolerance)} ({named}{more}). " +
               (funds.Any(f => f.WeightBasis == WeightBasis.FileWeights)
                   ? "Weights are shares of the stated net assets, or the file's own where they disagree with them; "
                   : "Weights are shares of the stated net assets; ") +
               "each fund's basis says how far its rows are from them.";
    }

    /// <summary>
    /// A fund whose rows add up to more or less than the net assets it states, past <see cref="NetAssetsCheck.Tolerance"/>:
    /// how far, what may explain it, and the flagged weight on either base.
    /// </summary>
    private string NetAssetsDisagree(FundExposure f, string name, decimal ratio, decimal rows, decimal netAssets)
    {
        var why = "";
        if (ratio < 1)
        {
            var c = f.WeightCheck;
            // A holding line rejected as unreadable may hold what the rows lack: the file is not then shown to list part of the fund.
            var rejected = _unreadableLines.GetValueOrDefault(f.Id);
            why = f.ValuesUnknown.Rows > 0
                ? $"; {Wording.Verb(f.ValuesUnknown.Rows, "the value", "the values")} of {Wording.Count(f.ValuesUnknown.Rows, "row is", "rows are")} unknown and not in that sum"
                    + (rejected > 0 ? $", and {RejectedLines(rejected)}" : "")
                : rejected > 0
                ? $"; {RejectedLines(rejected)}"
                : c.RowsCompared > 0 && c.RowsOutsideTolerance == 0 && c.StatedSumPercent is <= PartialFilePercent
                // Weights that could not be read may hold what the others lack: the file is then not shown to list part of the fund.
                ? Wording.WeightsUnreadable(c) is { } unreadable
                    ? $"; its weights agree with the net assets and add up to {Percent(c.StatedSumPercent.Value)} ({unreadable}): the file may list part of the fund, or the rows whose weight could not be read hold the rest"
                    : $"; its weights agree with the net assets and add up to {Percent(c.StatedSumPercent.Value)}, so the file lists part of the fund"
                : ": the file may leave holdings out, or state the net assets of another date or share class";
        }
        var onRows = Wording.Percent(Share(f.FlaggedValue, rows));
        // Weights that disagree with value over the stated net assets are the file's own (said in the fund's next note): the
        // flagged weight is theirs, not a share of the net assets, and both bases are given beside it.
        var weights = f.WeightBasis == WeightBasis.FileWeights
            ? $"Weights are the file's own, as they disagree with value over the stated net assets: the flagged weight is {Wording.Percent(f.FlaggedWeight)}; " +
              $"on the stated net assets it would be {Wording.Percent(Share(f.FlaggedValue, netAssets))}, on the sum of its rows {onRows}."
            : $"Weights are shares of the stated net assets: the flagged weight is {Wording.Percent(f.FlaggedWeight)}; on the sum of its rows it would be {onRows}.";
        return $"{name}: its rows add up to {Wording.Money(rows, f.Currency)}, {NetAssetsCheck.Percent(ratio)} of the net assets it states ({Wording.Money(netAssets, f.Currency)}){why}. " +
               weights;
    }

    /// <summary>"1 holding line was rejected as unreadable, and the rows may fall short by what it holds".</summary>
    private static string RejectedLines(int lines) =>
        $"{Wording.Count(lines, "holding line was", "holding lines were")} rejected as unreadable, and the rows may fall short by what {Wording.Verb(lines, "it holds", "they hold")}";

    /// <summary>Weights adding up to no more than this (in percent) say the file lists part of a fund, not rounding.</summary>
    private const decimal PartialFilePercent = 99m;

    private static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// Every company held in any report; its total value over the reports the figures count (<paramref name="counted"/>),
    /// each company's on its own (<see cref="CompanyTotal"/>): a fund whose value is unknown, or of another currency,
    /// leaves the totals of the companies it does not hold as they are.
    /// </summary>
    private List<CompanyExposure> Companies(IReadOnlySet<string> counted, ListsUsed? lists, Func<string, IReadOnlyList<string>?> listsOf)
    {
        // A short position is not a holding: a fund holding a company only short does not hold it (the fund's note says so).
        var held = _findings
            .Where(f => f.State is RowState.Matched or RowState.Related && !f.IsShort)
            .GroupBy(f => f.CompanyId, StringComparer.Ordinal);
        var fundsById = _funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var result = new List<CompanyExposure>();
        foreach (var group in held)
        {
            var company = reference.Company(group.Key);
            var holdings = group
                .GroupBy(f => f.FundId, StringComparer.Ordinal)
                .Select(g =>
                {
                    var fund = fundsById[g.Key];
                    // The value held is in shares, bonds and other instruments; derivatives' notional is shown apart.
                    var held = g.Where(f => f.Instrument != InstrumentType.Derivative).ToList();
                    // A constituent list gives weights, not money: the holding has its weight and no value, none of it unknown.
                    if (fund.FundValueBasis == FundValueBasis.ConstituentWeights)
                        return new CompanyHolding(fund.Id, fund.Name, fund.Currency, null, FundAccumulator.Sum(held, f => f.Weight), g.Count(), 0, fund.AsOf, null, Instruments(g),
                            !counted.Contains(fund.Id), WeightAtLeast(held));
                    return new CompanyHolding(fund.Id, fund.Name, fund.Currency, FundAccumulator.Sum(held, f => f.Value), FundAccumulator.Sum(held, f => f.Weight),
                        g.Count(), held.Count(f => f.Value is null), fund.AsOf, InstrumentSplit.Of(g), Instruments(g), !counted.Contains(fund.Id), WeightAtLeast(held));
                })
                .OrderByDescending(h => h.Value ?? -1)
                .ThenByDescending(h => h.Weight ?? -1)
                .ToList();
            var added = holdings.Where(h => counted.Contains(h.FundId)).ToList();
            var total = CompanyTotal.Of(added, fundsById, group.Where(f => counted.Contains(f.FundId)));
            result.Add(Describe(company, holdings, total.Value, lists, listsOf(company.Id))
                with
                {
                    // How it is held, where its holdings are in one currency (of values known and unknown alike).
                    ByInstrument = total.Withheld is null or TotalsWithheld.ValuesUnknown
                        ? added.Aggregate(InstrumentSplit.None, (acc, h) => acc.Plus(h.ByInstrument ?? InstrumentSplit.None))
                        : null,
                    Currency = total.Currency,
                    TotalAtLeast = total.AtLeast,
                    TotalWithheld = total.Withheld,
                    TotalUnknown = total.Why,
                    // A value counted in the total that disagrees with the weight its file states is said beside the total.
                    ValueDisagrees = Wording.ValueDisagrees(group.Where(f => counted.Contains(f.FundId) && f.Instrument != InstrumentType.Derivative).ToList()),
                });
        }
        return result
            .OrderBy(c => c.Basis)
            .ThenByDescending(c => c.TotalValue ?? c.Holdings.Sum(h => h.Value ?? 0))
            // Held without a value in money (a constituent list's weights): the largest weight first.
            .ThenByDescending(c => c.Holdings.Max(h => h.Weight ?? 0))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A holding's weight leaves out some of its rows (neither value nor weight known) and counts others: it is a lower bound.</summary>
    private static bool WeightAtLeast(List<HoldingFinding> held) => held.Any(f => f.Weight is null) && held.Any(f => f.Weight is not null);

    /// <summary>
    /// How a company is held in one fund: each share class, bond and derivative, shares first, bonds by maturity. Rows are
    /// one instrument only where they share its name, ISIN and terms, and, for a derivative, its direction: two bonds of
    /// one issuer with other coupons or maturities are two lines, and a short derivative's notional is never added to a long one's.
    /// </summary>
    private static List<HeldInstrument> Instruments(IEnumerable<HoldingFinding> findings) => findings
        .GroupBy(f => (f.Instrument, Description: f.Name ?? f.Issuer ?? f.CompanyName, f.Isin, Terms: f.Terms?.IsEmpty == false ? f.Terms : null,
            Direction: f.Instrument == InstrumentType.Derivative ? f.Direction?.Trim().ToLowerInvariant() : null))
        .Select(g =>
        {
            var first = g.First();
            var derivatives = g.Key.Instrument == InstrumentType.Derivative;
            // Notionals are added only in one currency: the fund's, or one other all the rows state.
            var notionalCurrencies = g.Select(f => f.NotionalCurrency).Distinct().ToList();
            return new HeldInstrument(g.Key.Instrument, g.Key.Description, g.Key.Isin, first.Terms?.Text is { Length: > 0 } terms ? terms : null, first.Terms?.Maturity,
                FundAccumulator.Sum(g, f => f.Value), derivatives && notionalCurrencies.Count == 1 ? FundAccumulator.Sum(g, f => f.Notional) : null,
                derivatives ? first.Direction : null, g.Count(), derivatives && notionalCurrencies.Count == 1 ? notionalCurrencies[0] : null);
        })
        .OrderBy(i => i.Instrument)
        .ThenBy(i => i.Maturity ?? DateOnly.MaxValue)
        .ThenByDescending(i => i.Value ?? -1)
        .ThenBy(i => i.Description, StringComparer.Ordinal)
        .ThenBy(i => i.Terms, StringComparer.Ordinal)
        .ThenBy(i => i.Direction, StringComparer.Ordinal)
        .ToList();

    private CompanyExposure Describe(Company company, IReadOnlyList<CompanyHolding> holdings, decimal? total, ListsUsed? lists, IReadOnlyList<string>? naming)
    {
        var allegations = reference.AllegationsOf(company.Id)
            .Select(a => new AllegationView(a.Id, a.SubjectName, a.SubjectRelation, a.Category, a.ListOrReport, a.Date, a.Summary, a.SourceUrl, a.SourceTitle, a.Publisher,
                a.SourceKind, a.ListName, a.Listed, a.DateKind))
            .OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new CompanyExposure(
            company.Id,
            company.NameEn,
            company.NameNative,
            company.Country,
            company.Basis,
            families.BasisText(company, lists),
            company.Listings.Select(l => l.ToString()).ToList(),
            company.Listings.Select(l => Wording.Listing(l.Mic, l.Code, reference.Exchanges.ByMic(l.Mic)?.Name)).ToList(),
            allegations.Select(a => a.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            // The caveat's "secondary sources only" follows the sources this run screens, as the methodology's count does.
            SecondarySources.Caveat(company.ReviewNote, allegations, lists),
            families.RelationsOf(company.Id),
            allegations,
            holdings,
            total,
            LaterThanHoldings(allegations, holdings),
            naming);
    }

    /// <summary>The allegations dated after the as-of date of holdings of the company, per date.</summary>
    private static List<LaterAllegation> LaterThanHoldings(IReadOnlyList<AllegationView> allegations, IReadOnlyList<CompanyHolding> holdings)
    {
        var result = new List<LaterAllegation>();
        // Holdings of one date among others (another date, or none known) are named by their funds' date, not as "these holdings".
        var allOneDate = holdings.Select(h => h.AsOf).Distinct().Count() == 1;
        foreach (var g in holdings.Where(h => h.AsOf is not null).GroupBy(h => h.AsOf!.Value).OrderBy(g => g.Key))
        {
            var later = allegations.Where(a => AllegationDates.IsAfter(a.Date, g.Key)).ToList();
            if (later.Count == 0) continue;
            result.Add(new LaterAllegation(g.Key, g.Select(h => h.FundId).ToList(), later.Select(a => a.Id).ToList(),
                Wording.LaterAllegations(later.Select(LaterRow.Of), g.Key, allOneDate)));
        }
        return result;
    }

    private string UniqueId(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length == 0) slug = "fund";
        var id = slug;
        for (var n = 2; !_fundIds.Add(id); n++) id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        _begun.Add((id, slug));
        return id;
    }

    /// <summary>
    /// The ids of funds whose names clash, changed from the order the funds came in to one that depends on the funds and
    /// their files only. Every fund's name gives its id first to the fund whose file's name (as reports publish it) comes
    /// first, then by its content's SHA-256; the others of that name are numbered (<c>-2</c>, <c>-3</c> ...) in the same
    /// order, skipping a number another fund's name already is: "Fund", "Fund" and "Fund 2" are <c>fund</c>,
    /// <c>fund-3</c> and <c>fund-2</c>, whatever the order of their files. <c>--holdings a.csv b.csv</c> and
    /// <c>b.csv a.csv</c> so give each fund the same id. Only ids that change are given; a fund whose name clashes with
    /// none keeps its id.
    /// </summary>
    private Dictionary<string, string> StableIds(RunInfo run)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var funds = _funds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var begun = _begun.Select((b, order) => (b.Id, b.Slug, Order: order)).Where(b => funds.ContainsKey(b.Id)).ToList();
        // A name's own id is its fund's before any number is given out, so that a number never takes another fund's name.
        var taken = begun.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var clash in begun.GroupBy(b => b.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var stable = clash
                .OrderBy(b => funds[b.Id].SourceFile, StringComparer.Ordinal)
                .ThenBy(b => Digest(run, funds[b.Id].SourceFile), StringComparer.Ordinal)
                .ThenBy(b => b.Order)
                .ToList();
            var n = 2;
            for (var i = 0; i < stable.Count; i++)
            {
                var id = clash.Key;
                if (i > 0)
                {
                    while (taken.Contains(id = string.Create(CultureInfo.InvariantCulture, $"{clash.Key}-{n}"))) n++;
                    taken.Add(id);
                }

                if (id != stable[i].Id) renamed[stable[i].Id] = id;
            }
        }

        // A fund whose name clashes with none may still have been numbered as it came, where a number of another name's
        // clash had taken its name first ("Fund 2" after the second "Fund"): it has its name back.
        foreach (var single in begun.GroupBy(b => b.Slug, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Single()))
            if (single.Id != single.Slug) renamed[single.Id] = single.Slug;
        return renamed;
    }

    /// <summary>The SHA-256 of the holdings input a fund's file is (or is a part of, for a data set's table); empty where the run does not list it.</summary>
    private static string Digest(RunInfo run, string sourceFile) =>
        run.Inputs.FirstOrDefault(i => i.Role == "holdings" && (i.Name == sourceFile || sourceFile.StartsWith(i.Name + "/", StringComparison.Ordinal)))?.Sha256 ?? "";

    /// <summary>
    /// The ids funds whose names clash were given as they came, each with its stable one (<see cref="StableIds"/>), once
    /// the report is built; empty where no id changed. Rows written before (the screened-out rows) take them from here.
    /// </summary>
    public IReadOnlyDictionary<string, string> RenamedIds => _renamed ?? throw new InvalidOperationException("the report is not built yet");

    /// <summary>A fund's id in the report, from the id it was begun with.</summary>
    public string FinalId(string id) => _renamed is { } renamed && renamed.TryGetValue(id, out var stable) ? stable : id;

    /// <summary>Gives every fund, finding and row set aside its stable id (<see cref="StableIds"/>).</summary>
    private void Rename()
    {
        if (_renamed is not { Count: > 0 }) return;
        for (var i = 0; i < _funds.Count; i++) _funds[i] = _funds[i] with { Id = FinalId(_funds[i].Id) };
        for (var i = 0; i < _findings.Count; i++) _findings[i] = _findings[i] with { FundId = FinalId(_findings[i].FundId) };
        for (var i = 0; i < _setAside.Count; i++) _setAside[i] = _setAside[i] with { FundId = FinalId(_setAside[i].FundId) };
        var unreadable = _unreadableLines.ToList();
        _unreadableLines.Clear();
        foreach (var (id, lines) in unreadable) _unreadableLines[FinalId(id)] = lines;
    }

    /// <summary>A share beyond this (a hundred billion percent) means the base is all but zero: it is not a share of anything.</summary>
    private const decimal MaxShare = 1_000_000_000m;

    /// <summary>Part over whole; null when either is unknown, the whole is zero, or the quotient is past <see cref="MaxShare"/>.</summary>
    internal static decimal? Share(decimal? part, decimal? whole)
    {
        if (part is not { } p || whole is not { } w || w == 0) return null;
        // |p| / |w| > MaxShare exactly when |p| > MaxShare * |w|; the product is taken only where it cannot overflow.
        if (Math.Abs(w) < 1 && Math.Abs(p) > MaxShare * Math.Abs(w)) return null;
        var share = p / w;
        return Math.Abs(share) > MaxShare ? null : share;
    }
}

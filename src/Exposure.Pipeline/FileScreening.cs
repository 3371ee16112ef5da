using System.Globalization;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Figures;
using Exposure.Pipeline.Output;
using Exposure.Pipeline.Reading;
using Exposure.Pipeline.Schemes;
using Exposure.Pipeline.Screening;
using Exposure.Readers;

namespace Exposure.Pipeline;

/// <summary>
/// Screens the items one holdings file yields, in order: each fund it describes gets a <see cref="FundAccumulator"/>,
/// each row a state. A file may describe several funds (a data set of filings); every physical line must end in
/// exactly one state, or the run stops.
/// </summary>
/// <param name="publishedName">How reports name the input (<see cref="PublishedName.Distinct"/>).</param>
internal sealed class FileScreening(HoldingsInput input, string publishedName, Screener screener, ExposureBuilder builder, ScreenedOutSpill spill)
{
    private readonly List<FundExposure> _funds = [];

    private FundAccumulator? _fund;
    private bool _fundBegun;
    private StateCounts _ofNoFund = StateCounts.Zero;
    private int _linesDone;
    private int? _headerLine;

    /// <summary>For a workbook, the sheet read; null for another file.</summary>
    public string? Sheet { get; private set; }

    /// <summary>
    /// The work on a file's items that does not depend on the rows before it, done on the thread that reads the file
    /// (or on the reader's own parsing threads, for a reader that has them: <see cref="IParallelItems"/>): each row made a
    /// holding (an index's weights stay weights, never taken as values), and a security not screened before screened
    /// ahead. Safe to run for several files at once.
    /// </summary>
    public static IEnumerable<PreparedItem> Prepare(Screener screener, NestedFunds nested, IEnumerable<ReadItem> items) =>
        items is IParallelItems parallel
            ? parallel.Prepared(item => PrepareOne(screener, nested, item))
            : items.Select(item => PrepareOne(screener, nested, item));

    private static PreparedItem PrepareOne(Screener screener, NestedFunds nested, ReadItem item)
    {
        if (item is not HoldingRead { Row: var read }) return new PreparedItem(item, null);
        var holding = screener.Normalise(read);
        var fund = nested.FundOf(holding);
        if (holding.ExclusionReason is null && fund is null) screener.Prepare(holding);
        return new PreparedItem(item, holding, fund);
    }

    /// <summary>
    /// Screens the file's items, prepared by <see cref="Prepare"/>, in order; returns its funds and its number of physical
    /// lines. Lines a reader gives before the file's first fund belong to no fund (an N-PORT data set's rows of a filing
    /// it does not describe): they are counted for the file as a whole (<see cref="ExposureBuilder.AddLinesOfNoFund"/>).
    /// </summary>
    public (IReadOnlyList<FundExposure> Funds, int Lines) Screen(IEnumerable<PreparedItem> items)
    {
        foreach (var (item, prepared, nestedFund) in items)
        {
            switch (item)
            {
                case FundDetected d:
                    Close();
                    Sheet ??= d.Fund.Sheet;
                    _fund = builder.BeginFund(Published(d.Fund), Given(d.Fund), input.IsIndex);
                    _fundBegun = true;
                    _headerLine = null;
                    break;
                case InputNote note:
                    builder.AddInputNote(PublishedFile(note.File), note.Text);
                    break;
                case NotAHolding n when !_fundBegun:
                    _ofNoFund = _ofNoFund.Add(RowState.NotAHolding, n.Source.LineCount);
                    builder.AddLinesOfNoFund(PublishedFile(n.Source.File), RowState.NotAHolding, n.Source.LineCount);
                    break;
                case Rejected r when !_fundBegun:
                    _ofNoFund = _ofNoFund.Add(RowState.Rejected, r.Source.LineCount);
                    builder.AddLinesOfNoFund(PublishedFile(r.Source.File), RowState.Rejected, r.Source.LineCount,
                        new RejectedLine(PublishedFile(r.Source.File), r.Source.Line, r.Source.LineCount, r.Reason, r.RawText, r.Kind));
                    break;
                case NotAHolding n:
                    Fund().NotAHolding(n.Source);
                    if (n.What == HeaderRows.What) _headerLine ??= n.Source.Line;
                    break;
                case Rejected r:
                    Fund().Rejected(r.Source, r.Reason, r.RawText, r.Kind);
                    break;
                case HoldingRead:
                    Screen(prepared ?? throw new InvalidOperationException($"{input.DisplayName}: a holding was not prepared"), nestedFund);
                    break;
                case EndOfFile end:
                    Close();
                    _linesDone += _ofNoFund.Total;
                    if (_linesDone != end.Lines)
                        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{input.DisplayName}: {_linesDone} lines were accounted for but the file has {end.Lines}"));
                    return (_funds, end.Lines);
            }
        }
        throw new InvalidOperationException($"{input.DisplayName}: the reader ended without the end of the file");
    }

    private void Screen(Holding holding, string? nestedFund)
    {
        var fund = Fund();
        var row = holding.Row;
        if (nestedFund is { } inner)
        {
            fund.LookedThrough(row, inner);
            return;
        }
        if (holding.ExclusionReason is { } reason)
        {
            fund.Add(holding, RowState.Excluded);
            spill.Add(fund.Id, fund.SourceFile, row, RowState.Excluded, row.Problems is { } problem ? $"{reason}; {problem}" : reason);
            return;
        }
        var (state, match) = screener.Screen(holding);
        fund.Add(holding, state, match);
        if (state == RowState.Unmatched)
            spill.Add(fund.Id, fund.SourceFile, row, state, Reason(row, match));
    }

    /// <summary>The file as reports name it: its published name, and the part of it the fund's rows come from where it has several (an N-PORT data set's holdings table).</summary>
    private string Published(FundMetadata fund) =>
        fund.Part is { } part ? $"{publishedName}/{part}" : publishedName;

    /// <summary>A line's file as reports name it: the input's published name, and the table within it where the input is a data set.</summary>
    private string PublishedFile(string file) =>
        file.StartsWith(input.DisplayName + "/", StringComparison.Ordinal)
            ? publishedName + file[input.DisplayName.Length..]
            : publishedName;

    /// <summary>The fund as the file describes it, with the name and date the portfolio file or the command line give instead.</summary>
    private FundMetadata Given(FundMetadata fund)
    {
        if (input.FundName is { } name) fund = fund with { Name = name, NameFrom = input.GivenBy };
        if (input.AsOf is { } asOf) fund = fund with { AsOf = asOf, AsOfFrom = input.GivenBy };
        // A sheet another holding of the scheme reads is in the figures, not a sheet left unread.
        if (fund.OtherSheets is { } others && input.SheetsReadElsewhere is { Count: > 0 } elsewhere) fund = fund with { OtherSheets = others.Without(elsewhere) };
        return fund;
    }

    /// <summary>Why an unmatched row is unmatched, and what of it could not be read.</summary>
    private static string Reason(HoldingRow row, Core.Matching.MatchResult match)
    {
        var reason = match.DecidedBy is null ? "no company on the list matched" : $"{match.Rule}: {match.Evidence[^1].Note}";
        // An ISIN column's value that is no ISIN: said, so that a holding is not thought screened by its ISIN.
        if (match.Evidence.FirstOrDefault(e => e.Feature == "isin-invalid") is { } invalid)
            reason = $"{reason}; ISIN '{invalid.HoldingValue}' is not a valid ISIN and was not used";
        return row.Problems is { } problem ? $"{reason}; {problem}" : reason;
    }

    private FundAccumulator Fund() => _fund ?? throw new InvalidOperationException($"{input.DisplayName}: the reader yielded lines before the fund");

    private void Close()
    {
        if (_fund is null) return;
        var result = _fund.Complete();
        // A file with a header and no line after it that is a holding or could not be read (a download cut short) is not
        // a fund screened with nothing found: alone, it is an error; in a scheme, its fund is not looked through (CoverageGaps).
        if (_headerLine is { } header && CoverageGaps.HasNoHoldings(result.Fund) && input.EntryId is null)
            throw new DataException(input.DisplayName, null, string.Create(CultureInfo.InvariantCulture, $"no holdings after the header on line {header}"));
        builder.Add(result);
        _funds.Add(result.Fund);
        _linesDone += result.Fund.Lines.Total;
        _fund = null;
    }
}

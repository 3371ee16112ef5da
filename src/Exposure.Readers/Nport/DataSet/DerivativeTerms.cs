using System.Globalization;
using System.Text;
using Exposure.Core.Holdings;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// What the data set's derivative tables say of a derivative (Form N-PORT item C.11), by HOLDING_ID: its reference
/// instrument (DESC_REF_OTHER: issuer name, title, ISIN, CUSIP, ticker; or DESC_REF_INDEX_BASKET: the index it is written
/// on), its notional and the currency its row states it in (NONFOREIGN_EXCHANGE_SWAP, FUT_FWD_NONFOREIGNCUR_CONTRACT,
/// OTHER_DERIV_NOTIONAL_AMOUNT: NOTIONAL_AMOUNT, CURRENCY_CODE) and its
/// direction (FUT_FWD_NONFOREIGNCUR_CONTRACT's payoff profile; SWAPTION_OPTION_WARNT_DERIV's written or purchased, put or
/// call; NONFOREIGN_EXCHANGE_SWAP's legs, FIXED_OR_FLOATING_RECEIPT and FIXED_OR_FLOATING_PAYMENT). These tables have
/// rows for derivatives only, a small share of the holdings: they are held in memory, one entry per derivative holding. Of a value given more than once for a holding, the first in file order is kept.
/// </summary>
internal sealed class DerivativeTerms
{
    public const string ReferenceOther = "DESC_REF_OTHER.tsv";
    public const string ReferenceIndex = "DESC_REF_INDEX_BASKET.tsv";
    public const string Swaps = "NONFOREIGN_EXCHANGE_SWAP.tsv";
    public const string FuturesForwards = "FUT_FWD_NONFOREIGNCUR_CONTRACT.tsv";
    public const string OtherNotionals = "OTHER_DERIV_NOTIONAL_AMOUNT.tsv";
    public const string Options = "SWAPTION_OPTION_WARNT_DERIV.tsv";

    /// <summary>The tables read, in the order read.</summary>
    public static readonly string[] Tables = [ReferenceOther, ReferenceIndex, Swaps, FuturesForwards, OtherNotionals, Options];

    /// <summary>One derivative's terms as its tables state them ("N/A" and empty as null).</summary>
    internal sealed class Entry
    {
        public string? IssuerName { get; set; }
        public string? Title { get; set; }
        public string? Isin { get; set; }
        public string? Cusip { get; set; }
        public string? Ticker { get; set; }
        public string? IndexName { get; set; }
        public decimal? Notional { get; set; }
        public string? NotionalCurrency { get; set; }
        public bool NotionalSeen { get; set; }
        public string? Payoff { get; set; }
        public string? WrittenOrPurchased { get; set; }
        public string? PutOrCall { get; set; }

        /// <summary>A swap's legs as NONFOREIGN_EXCHANGE_SWAP states them (Fixed, Floating, Other): what the fund receives and what it pays.</summary>
        public string? SwapReceipt { get; set; }
        public string? SwapPayment { get; set; }

        /// <summary>Which value could not be read, with its table and line (that value is then unknown).</summary>
        public string? Error { get; set; }

        public ReferenceInstrument? Reference => NportTerms.Reference(IssuerName, Title, Isin, Cusip, Ticker, IndexName);
    }

    private readonly Dictionary<long, Entry> _entries;

    private DerivativeTerms(Dictionary<long, Entry> entries) => _entries = entries;

    public static DerivativeTerms Empty { get; } = new([]);

    /// <summary>Derivative holdings the tables describe.</summary>
    public int Count => _entries.Count;

    public Entry? Find(long holdingId) => _entries.GetValueOrDefault(holdingId);

    public static DerivativeTerms Read(DataSetSource source)
    {
        var entries = new Dictionary<long, Entry>();
        ForEachRow(source, ReferenceOther, entries, (e, row) =>
        {
            e.IssuerName ??= row("ISSUER_NAME");
            e.Title ??= row("ISSUE_TITLE");
            e.Isin ??= row("ISIN");
            e.Cusip ??= row("CUSIP") is { } cusip && !cusip.All(c => c == '0') ? cusip : null; // filers write 000000000 for "none"
            e.Ticker ??= row("TICKER");
            if (e.Isin is null && row("OTHER_DESC") is { } d && d.Contains("ISIN", StringComparison.OrdinalIgnoreCase)) e.Isin = row("OTHER_IDENTIFIER");
        });
        ForEachRow(source, ReferenceIndex, entries, (e, row) => e.IndexName ??= row("INDEX_NAME"));
        ForEachRow(source, Swaps, entries, (e, row) =>
        {
            Notional(e, row);
            if (e.SwapReceipt is null && e.SwapPayment is null)
            {
                e.SwapReceipt = row("FIXED_OR_FLOATING_RECEIPT");
                e.SwapPayment = row("FIXED_OR_FLOATING_PAYMENT");
            }
        });
        foreach (var table in new[] { FuturesForwards, OtherNotionals })
            ForEachRow(source, table, entries, (e, row) => Notional(e, row));
        ForEachRow(source, FuturesForwards, entries, (e, row) => e.Payoff ??= row("PAYOFF_PROFILE"));
        ForEachRow(source, Options, entries, (e, row) =>
        {
            e.WrittenOrPurchased ??= row("WRITTEN_OR_PURCHASED");
            e.PutOrCall ??= row("PUT_OR_CALL");
        });
        return new DerivativeTerms(entries);
    }

    private static void Notional(Entry e, Func<string, string?> row)
    {
        if (e.NotionalSeen || row("NOTIONAL_AMOUNT") is not { } text) return;
        e.NotionalSeen = true;
        // The notional is in the currency its row states (CURRENCY_CODE), not necessarily the US dollars of CURRENCY_VALUE.
        e.NotionalCurrency = (row("CURRENCY_CODE") ?? row("CURRENCY_CD"))?.Trim().ToUpperInvariant();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && InputLimits.InRange(v)) e.Notional = NportNumbers.Plain(v);
        else e.Error ??= $"NOTIONAL_AMOUNT '{HoldingRecords.Shorten(text)}' is not a number";
    }

    /// <summary>
    /// Calls <paramref name="each"/> for every row of the table, with the holding's entry and a field getter. A row that does
    /// not split into the header's fields, or whose HOLDING_ID is no number, refuses the table (<see cref="TableColumns.RowId"/>).
    /// </summary>
    private static void ForEachRow(DataSetSource source, string table, Dictionary<long, Entry> entries, Action<Entry, Func<string, string?>> each)
    {
        if (!source.Has(table)) return;
        var name = source.Name(table);
        using var lines = source.Open(table);
        var columns = TableColumns.Read(lines, name, "HOLDING_ID");
        var at = columns["HOLDING_ID"];
        var f = new Range[columns.Count + 1];
        var text = new string?[columns.Count];
        while (lines.Next())
        {
            var line = lines.Current;
            if (line.IsEmpty) continue;
            var id = TableColumns.RowId(line, f, columns.Count, at, name, lines.Line);
            for (var i = 0; i < text.Length; i++)
            {
                var v = line[f[i]].Trim((byte)' ');
                text[i] = v.IsEmpty || v.SequenceEqual("N/A"u8) || v.SequenceEqual("n/a"u8) ? null : Encoding.UTF8.GetString(v);
            }
            if (!entries.TryGetValue(id, out var entry)) entries[id] = entry = new Entry();
            var lineNumber = lines.Line;
            var before = entry.Error;
            each(entry, column => columns.Optional(column) is var c and >= 0 ? text[c] : null);
            if (entry.Error is { } error && before is null) entry.Error = string.Create(CultureInfo.InvariantCulture, $"{table} line {lineNumber}: {error}");
        }
    }
}

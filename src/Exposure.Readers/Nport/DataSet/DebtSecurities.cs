using System.Globalization;
using System.Text;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// The debt terms DEBT_SECURITY.tsv gives (Form N-PORT item C.9, answered for debt securities only), by HOLDING_ID: the
/// maturity date, the annualized rate (the coupon, in percent) and whether the security is convertible
/// (<c>IS_CONVTIBLE_MANDATORY</c> or <c>IS_CONVTIBLE_CONTINGENT</c> is Y, or the holding has a row in
/// DEBT_SECURITY_REF_INSTRUMENT or CONVERTIBLE_SECURITY_CURRENCY, which describe what a convertible converts into). A
/// holding whose asset category does not say what it is, but which has debt terms, is a debt security.
/// <para>
/// Held as compactly as <see cref="IdentifierIndex"/>: each distinct set of terms once, and per holding an 8-byte id and
/// a 4-byte reference to its set, in arrays sorted by id. A holding with several rows keeps its first.
/// </para>
/// </summary>
internal sealed class DebtSecurities
{
    public const string Table = "DEBT_SECURITY.tsv";
    public const string ReferenceTable = "DEBT_SECURITY_REF_INSTRUMENT.tsv";
    public const string ConversionTable = "CONVERTIBLE_SECURITY_CURRENCY.tsv";

    private static readonly string[] DateFormats = ["dd-MMM-yyyy", "d-MMM-yyyy", "yyyy-MM-dd"];

    private readonly long[] _ids;
    private readonly int[] _sets;
    private readonly Terms[] _distinct;
    private readonly long[] _converting;

    /// <summary>One set of debt terms; <see cref="Error"/> says which value of the row could not be read (that term is then unknown).</summary>
    internal sealed record Terms(DateOnly? Maturity, decimal? Coupon, bool Convertible, string? Error);

    private DebtSecurities(long[] ids, int[] sets, Terms[] distinct, long[] converting)
    {
        _ids = ids;
        _sets = sets;
        _distinct = distinct;
        _converting = converting;
    }

    public static DebtSecurities Empty { get; } = new([], [], [], []);

    /// <summary>Holdings with a row in DEBT_SECURITY.</summary>
    public int Count => _ids.Length;

    /// <summary>Holdings a conversion table describes.</summary>
    public int Converting => _converting.Length;

    public bool Contains(long holdingId) => Array.BinarySearch(_ids, holdingId) >= 0;

    /// <summary>The holding's debt terms, or null when DEBT_SECURITY has no row for it.</summary>
    /// <param name="holdingId">The holding.</param>
    /// <param name="hint">Where the caller's last look-up ended (0 to start): one per thread.</param>
    public Terms? Find(long holdingId, ref int hint)
    {
        var i = Locate(holdingId, ref hint);
        var converts = _converting.Length > 0 && Array.BinarySearch(_converting, holdingId) >= 0;
        if (i < 0) return converts ? new Terms(null, null, true, null) : null;
        var terms = _distinct[_sets[i]];
        return converts && !terms.Convertible ? terms with { Convertible = true } : terms;
    }

    private int Locate(long id, ref int hint)
    {
        var ids = _ids;
        if (ids.Length == 0) return -1;
        var h = hint;
        if (h < ids.Length && ids[h] == id) return h;
        if (h + 1 < ids.Length && ids[h + 1] == id) return hint = h + 1;
        var found = Array.BinarySearch(ids, id);
        if (found < 0) return -1;
        return hint = found;
    }

    // Called once and loops over millions of lines: compiled optimised at once rather than waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DebtSecurities Read(DataSetSource source)
    {
        var converting = Ids(source, ReferenceTable).Concat(Ids(source, ConversionTable)).Distinct().Order().ToArray();
        if (!source.Has(Table)) return new DebtSecurities([], [], [], converting);
        var name = source.Name(Table);
        using var lines = source.Open(Table);
        var columns = TableColumns.Read(lines, name, "HOLDING_ID");
        int at = columns["HOLDING_ID"], maturityAt = columns.Optional("MATURITY_DATE"), rateAt = columns.Optional("ANNUALIZED_RATE"),
            mandatoryAt = columns.Optional("IS_CONVTIBLE_MANDATORY"), contingentAt = columns.Optional("IS_CONVTIBLE_CONTINGENT");
        var known = new Dictionary<(DateOnly?, decimal?, bool, string?), int>(); // a value key: a known set allocates nothing
        var distinct = new List<Terms>();
        var ids = new List<long>();
        var sets = new List<int>();
        var sorted = true;
        var f = new Range[columns.Count + 1];
        while (lines.Next())
        {
            var line = lines.Current;
            if (line.IsEmpty) continue;
            // A row that cannot be read would lose a holding's terms without a word: the table is refused, as the main tables are.
            var id = TableColumns.RowId(line, f, columns.Count, at, name, lines.Line);

            string? error = null;
            DateOnly? maturity = null;
            if (Text(line, f, maturityAt) is { } maturityText)
            {
                if (DateOnly.TryParseExact(maturityText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) maturity = m;
                else error = string.Create(CultureInfo.InvariantCulture, $"{Table} line {lines.Line}: MATURITY_DATE '{HoldingRecords.Shorten(maturityText)}' is not a date");
            }
            decimal? coupon = null;
            if (Text(line, f, rateAt) is { } rateText)
            {
                if (decimal.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && InputLimits.InRange(r)) coupon = NportNumbers.Plain(r);
                else error ??= string.Create(CultureInfo.InvariantCulture, $"{Table} line {lines.Line}: ANNUALIZED_RATE '{HoldingRecords.Shorten(rateText)}' is not a number");
            }
            var convertible = IsYes(line, f, mandatoryAt) || IsYes(line, f, contingentAt);
            var key = (maturity, coupon, convertible, error);
            if (!known.TryGetValue(key, out var set))
            {
                set = distinct.Count;
                distinct.Add(new Terms(maturity, coupon, convertible, error));
                known[key] = set;
            }
            if (ids.Count > 0 && id < ids[^1]) sorted = false;
            ids.Add(id);
            sets.Add(set);
        }
        var idArray = ids.ToArray();
        var setArray = sets.ToArray();
        if (!sorted) Array.Sort(idArray, setArray);
        return new DebtSecurities(idArray, setArray, distinct.ToArray(), converting);
    }

    /// <summary>The HOLDING_IDs a table has rows for (an empty list when the data set does not have the table).</summary>
    internal static List<long> Ids(DataSetSource source, string table)
    {
        var ids = new List<long>();
        if (!source.Has(table)) return ids;
        using var lines = source.Open(table);
        var name = source.Name(table);
        var columns = TableColumns.Read(lines, name, "HOLDING_ID");
        var at = columns["HOLDING_ID"];
        var f = new Range[columns.Count + 1];
        while (lines.Next())
        {
            var line = lines.Current;
            if (line.IsEmpty) continue;
            ids.Add(TableColumns.RowId(line, f, columns.Count, at, name, lines.Line));
        }
        return ids;
    }

    private static string? Text(ReadOnlySpan<byte> line, Range[] f, int at)
    {
        if (at < 0) return null;
        var v = line[f[at]].Trim((byte)' ');
        return v.IsEmpty || v.SequenceEqual("N/A"u8) || v.SequenceEqual("n/a"u8) ? null : Encoding.UTF8.GetString(v);
    }

    private static bool IsYes(ReadOnlySpan<byte> line, Range[] f, int at) =>
        at >= 0 && line[f[at]].Trim((byte)' ') is var v && (v.SequenceEqual("Y"u8) || v.SequenceEqual("y"u8));
}

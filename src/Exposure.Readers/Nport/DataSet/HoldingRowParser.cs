using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Exposure.Core.Holdings;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Turns one line of FUND_REPORTED_HOLDING.tsv into a holding or a rejection. CURRENCY_VALUE is the holding's value in
/// US dollars: it is Form N-PORT item C.2.c, which the form asks for in dollars whatever the currency the investment is
/// denominated in (CURRENCY_CODE, item C.2.b), giving the exchange rate used (EXCHANGE_RATE); the filing's XML has no
/// other value than <c>valUSD</c>. So every holding's currency is USD and nothing is converted.
/// <para>An instance keeps caches and look-up positions: one per thread.</para>
/// </summary>
internal sealed class HoldingRowParser
{
    private readonly string _file;
    private readonly IdentifierIndex _identifiers;
    private readonly DebtSecurities _debt;
    private readonly DerivativeTerms _derivatives;
    private readonly Range[] _fields;
    private readonly int _columns;
    private readonly int _holdingId, _name, _lei, _title, _cusip, _balance, _value, _percentage, _assetCat, _otherAsset, _country, _derivativeCat, _issuerType, _payoff;
    private readonly Dictionary<ulong, string> _short = [];
    private readonly Dictionary<(string?, string?), string?> _classes = [];
    private int _identifierHint, _debtHint;

    public HoldingRowParser(string file, TableColumns columns, IdentifierIndex identifiers, DebtSecurities debt, DerivativeTerms derivatives)
    {
        _file = file;
        _identifiers = identifiers;
        _debt = debt;
        _derivatives = derivatives;
        _columns = columns.Count;
        _fields = new Range[columns.Count + 1];
        _holdingId = columns["HOLDING_ID"];
        _name = columns.Optional("ISSUER_NAME");
        _lei = columns.Optional("ISSUER_LEI");
        _title = columns.Optional("ISSUER_TITLE");
        _cusip = columns.Optional("ISSUER_CUSIP");
        _balance = columns.Optional("BALANCE");
        _value = columns.Optional("CURRENCY_VALUE");
        _percentage = columns.Optional("PERCENTAGE");
        _assetCat = columns.Optional("ASSET_CAT");
        _otherAsset = columns.Optional("OTHER_ASSET");
        _country = columns.Optional("INVESTMENT_COUNTRY");
        _derivativeCat = columns.Optional("DERIVATIVE_CAT");
        _issuerType = columns.Optional("ISSUER_TYPE");
        _payoff = columns.Optional("PAYOFF_PROFILE");
    }

    /// <summary>The columns the parser needs besides the keys.</summary>
    public static readonly string[] Required = ["ACCESSION_NUMBER", "HOLDING_ID", "ISSUER_NAME", "CURRENCY_VALUE", "PERCENTAGE", "ASSET_CAT"];

    public ReadItem Parse(ReadOnlySpan<byte> line, int lineNumber)
    {
        var source = new SourceLocation(_file, lineNumber);
        var n = TsvLines.Split(line, _fields);
        if (n != _columns) return new Rejected(source, string.Create(CultureInfo.InvariantCulture, $"the row has {n} fields, the header {_columns}"), Encoding.UTF8.GetString(line));

        string? error = null;
        var value = Number(line, _value, "CURRENCY_VALUE", ref error);
        // The weight the filing states is not the report's (value over net assets): one that cannot be read is said apart.
        string? weightError = null;
        var weight = Number(line, _percentage, "PERCENTAGE", ref weightError);
        var balance = Number(line, _balance, "BALANCE", ref error);

        var idField = line[_fields[_holdingId]].Trim((byte)' ');
        long? id = Utf8Parser.TryParse(idField, out long parsed, out var idUsed) && idUsed == idField.Length ? parsed : null;
        var (isin, ticker, sedol) = id is { } key ? _identifiers.Find(key, ref _identifierHint) : default;
        var debt = id is { } d ? _debt.Find(d, ref _debtHint) : null;
        var derivative = id is { } v ? _derivatives.Find(v) : null;
        error ??= debt?.Error ?? derivative?.Error;

        var cusip = Text(_cusip, line);
        if (cusip is not null && cusip.All(c => c == '0')) cusip = null; // filers write 000000000 for "none"
        var issuer = Text(_name, line);
        var row = new HoldingRow(
            source,
            Name: issuer ?? Text(_title, line),
            Ticker: ticker,
            Isin: isin,
            Cusip: cusip,
            Sedol: sedol,
            AssetClass: AssetClass(line, debt is not null),
            Currency: NportDataSetReader.DataSetCurrency,
            Country: Short(_country, line),
            MarketValue: value,
            WeightPercent: weight,
            Quantity: balance,
            HoldingId: id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? FieldText(idField),
            Lei: Text(_lei, line),
            Unreadable: error,
            IssuerName: issuer,
            IssuerType: Short(_issuerType, line),
            Coupon: debt?.Coupon,
            Maturity: debt?.Maturity,
            Convertible: debt?.Convertible ?? false,
            Notional: derivative?.Notional,
            Direction: derivative is null ? Short(_payoff, line) : Direction(line, derivative),
            Reference: derivative?.Reference,
            NotionalCurrency: derivative?.Notional is null ? null : derivative.NotionalCurrency,
            Title: issuer is null ? null : NoteTitle(line),
            WeightUnreadable: weightError);
        if (row.Name is null && row.Ticker is null && row.Isin is null && row.Cusip is null && row.Sedol is null)
            return new Rejected(source, "no name and no identifier", Encoding.UTF8.GetString(line));
        return new HoldingRead(row);
    }

    /// <summary>
    /// A derivative's direction (<see cref="NportTerms.Direction"/>). A credit default swap's legs are not read: the fund
    /// buying protection pays a fixed premium and receives the credit event's payment, which gains when the company fails, so
    /// its "Other" leg received is no long position in the company; its direction is then unknown unless the payoff profile
    /// states one.
    /// </summary>
    private string? Direction(ReadOnlySpan<byte> line, DerivativeTerms.Entry derivative)
    {
        var (receipt, payment) = (derivative.SwapReceipt, derivative.SwapPayment);
        if (receipt is not null || payment is not null)
        {
            var title = Text(_title, line);
            if (title is not null && (title.Contains("credit default", StringComparison.OrdinalIgnoreCase)
                || title.Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("CDS", StringComparison.OrdinalIgnoreCase))))
                (receipt, payment) = (null, null);
        }
        return NportTerms.Direction(Short(_payoff, line), derivative.Payoff, derivative.WrittenOrPurchased, derivative.PutOrCall, receipt, payment);
    }

    /// <summary>
    /// ISSUER_TITLE where it names a note written on a company (<c>UBS AG P-Note on Hangzhou Hikvision …</c>,
    /// <see cref="NotesOnCompanies"/>), which ISSUER_NAME, the bank, does not; null otherwise. Decoded only where the
    /// title holds the word of a note.
    /// </summary>
    private string? NoteTitle(ReadOnlySpan<byte> line)
    {
        if (_title < 0) return null;
        var field = line[_fields[_title]];
        if (field.IndexOf("note"u8) < 0 && field.IndexOf("NOTE"u8) < 0 && field.IndexOf("Note"u8) < 0
            && field.IndexOf("LEPO"u8) < 0 && field.IndexOf("Lepo"u8) < 0 && field.IndexOf("lepo"u8) < 0) return null;
        var title = FieldText(field);
        return NotesOnCompanies.Read(title) is null ? null : title;
    }

    private decimal? Number(ReadOnlySpan<byte> line, int at, string column, ref string? error)
    {
        if (at < 0) return null;
        var field = line[_fields[at]].Trim((byte)' ');
        if (field.IsEmpty || field.SequenceEqual("N/A"u8)) return null;
        if ((Utf8Parser.TryParse(field, out decimal v, out var used) && used == field.Length)
            || decimal.TryParse(Encoding.UTF8.GetString(field), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out v))
        {
            if (InputLimits.InRange(v)) return NportNumbers.Plain(v);
            error ??= InputLimits.OutOfRange(column, Encoding.UTF8.GetString(field));
            return null;
        }
        error ??= $"{column} '{HoldingRecords.Shorten(Encoding.UTF8.GetString(field))}' is not a number";
        return null;
    }

    private string? AssetClass(ReadOnlySpan<byte> line, bool hasDebtTerms)
    {
        var category = Short(_assetCat, line);
        var other = category is null || category.Equals("OTHER", StringComparison.OrdinalIgnoreCase) ? Text(_otherAsset, line) : null;
        if (category is null && other is null)
        {
            if (Short(_derivativeCat, line) is { } derivative) return $"Derivative ({derivative})";
            if (hasDebtTerms) return "Debt (has debt terms in DEBT_SECURITY)";
            return null;
        }
        if (!_classes.TryGetValue((category, other), out var described))
            _classes[(category, other)] = described = NportAssetCategories.Describe(category, other);
        return described;
    }

    /// <summary>A code of a few bytes (country, category), decoded once per distinct value through a small cache.</summary>
    private string? Short(int at, ReadOnlySpan<byte> line)
    {
        if (at < 0) return null;
        var field = line[_fields[at]].Trim((byte)' ');
        if (field.IsEmpty || field.Length > 7) return FieldText(field);
        if (field.SequenceEqual("N/A"u8)) return null;
        var key = (ulong)field.Length << 56;
        for (var i = 0; i < field.Length; i++) key |= (ulong)field[i] << (8 * i);
        if (_short.TryGetValue(key, out var s)) return s;
        s = Encoding.UTF8.GetString(field);
        _short[key] = s;
        return s;
    }

    /// <summary>A field as text ("N/A" and empty as null).</summary>
    private string? Text(int at, ReadOnlySpan<byte> line) => at < 0 ? null : FieldText(line[_fields[at]]);

    private static string? FieldText(ReadOnlySpan<byte> field)
    {
        var trimmed = field.Trim((byte)' ');
        if (trimmed.IsEmpty || trimmed.SequenceEqual("N/A"u8) || trimmed.SequenceEqual("n/a"u8)) return null;
        return Encoding.UTF8.GetString(trimmed);
    }
}

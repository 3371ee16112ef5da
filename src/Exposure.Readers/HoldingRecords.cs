using System.Text;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers;

/// <summary>Turns one record whose fields are known by role into a holding or a rejection, the same way for every reader.</summary>
internal static class HoldingRecords
{
    public delegate bool NumberParse(string? text, out decimal? value);

    /// <param name="source">Where the record is.</param>
    /// <param name="raw">The record as the file has it, for the rejected-lines report; asked for only when the record is rejected.</param>
    /// <param name="field">The trimmed field for a role, null when absent or empty.</param>
    /// <param name="header">How the file names the column of a role, for messages.</param>
    /// <param name="parse">How numbers are written in this file.</param>
    /// <param name="defaultCurrency">The currency of rows that state none, when the file or its mapping gives one.</param>
    /// <param name="headerCurrency">
    /// The currency the value column's header names (<c>Market Value (USD)</c>): every value is in it, so it is the row's
    /// currency whatever a currency column says (that column then names the security's own), unless the value carries its own symbol.
    /// </param>
    /// <param name="section">The section heading the row stands under, where it says what the rows are and the file has no asset-class column.</param>
    /// <remarks>
    /// Who a row holds and how much are read apart: a number that cannot be read leaves that field unknown and says so
    /// (<see cref="HoldingRow.Unreadable"/>), and the row is still screened. A row with no name and no identifier
    /// is rejected, and so is a total line (<see cref="TotalLines"/>); a section heading is not a holding
    /// (<see cref="SectionHeadings"/>). A value may carry its currency (<c>£830,000.00</c>): the symbol gives the row's currency when the row
    /// states none, and a value in another currency than the row states is not read.
    /// </remarks>
    public static ReadItem ToItem(
        SourceLocation source, Func<string> raw, Func<ColumnRole, string?> field, Func<ColumnRole, string> header, NumberParse parse,
        string? defaultCurrency = null, string? headerCurrency = null, SectionHeading? section = null) =>
        ToItem(source, new DelegateFields(raw, field, header), parse, defaultCurrency, headerCurrency, section);

    /// <summary>The fields of one record by role, for <see cref="ToItem{TFields}"/>.</summary>
    public interface IFields
    {
        /// <summary>The trimmed field for a role, null when absent or empty.</summary>
        string? Field(ColumnRole role);

        /// <summary>
        /// The role's field read as a plain number without making a string (null when the field is absent or empty); false
        /// when it does not read so, or this record cannot tell: the field is then read with <see cref="NumberReading"/>.
        /// </summary>
        bool TryNumber(ColumnRole role, out decimal? value);

        /// <summary>How the file names the column of a role, for messages.</summary>
        string Header(ColumnRole role);

        /// <summary>True when the role's field ends in a <c>%</c> sign (<c>4.15%</c>).</summary>
        bool EndsWithPercent(ColumnRole role);

        /// <summary>The record as the file has it, for the rejected-lines report.</summary>
        string Raw();
    }

    /// <inheritdoc cref="ToItem(SourceLocation, Func{string}, Func{ColumnRole, string?}, Func{ColumnRole, string}, NumberParse, string?, string?, SectionHeading?)"/>
    public static ReadItem ToItem<TFields>(
        SourceLocation source, TFields fields, NumberParse parse, string? defaultCurrency = null, string? headerCurrency = null, SectionHeading? section = null)
        where TFields : IFields
    {
        List<string>? problems = null;
        var stated = fields.Field(ColumnRole.Currency);
        string? valueCurrency = null;

        // With the values' currency in the header, a currency column names each security's own: a value is checked against it only without one.
        var valuesIn = headerCurrency is null ? stated : null;
        var value = Money(fields, ColumnRole.MarketValue, valuesIn, parse, ref problems, ref valueCurrency);
        var weight = Number(fields, ColumnRole.Weight, parse, ref problems);
        var quantity = Number(fields, ColumnRole.Quantity, parse, ref problems);
        var price = Money(fields, ColumnRole.Price, valuesIn, parse, ref problems, ref valueCurrency);
        var coupon = Number(fields, ColumnRole.Coupon, parse, ref problems);
        var notional = Number(fields, ColumnRole.Notional, parse, ref problems);
        var maturityText = fields.Field(ColumnRole.Maturity);
        var maturity = Dates.Read(maturityText);
        if (maturityText is not null && maturity is null) (problems ??= []).Add($"{fields.Header(ColumnRole.Maturity)} '{Shorten(maturityText)}' is not a date");

        var row = new HoldingRow(
            source,
            fields.Field(ColumnRole.Name),
            fields.Field(ColumnRole.Ticker),
            fields.Field(ColumnRole.Exchange),
            fields.Field(ColumnRole.Isin),
            fields.Field(ColumnRole.Cusip),
            fields.Field(ColumnRole.Sedol),
            fields.Field(ColumnRole.AssetClass),
            fields.Field(ColumnRole.Sector),
            headerCurrency is not null ? valueCurrency ?? headerCurrency : stated ?? valueCurrency ?? defaultCurrency,
            fields.Field(ColumnRole.Country),
            value,
            weight,
            quantity,
            price,
            Unreadable: problems is null ? null : string.Join("; ", problems),
            IssuerName: fields.Field(ColumnRole.Issuer),
            Coupon: coupon,
            Maturity: maturity,
            Notional: notional,
            Direction: fields.Field(ColumnRole.Direction),
            WeightWithPercentSign: weight is not null && fields.EndsWithPercent(ColumnRole.Weight),
            Section: section);
        if (row.Name is null && row.Ticker is null && row.Isin is null && row.Cusip is null && row.Sedol is null)
            return new Rejected(source, "no name and no identifier", fields.Raw());
        if (TotalLines.Is(row)) return new Rejected(source, TotalLines.Reason, fields.Raw(), RejectionKind.TotalLine);
        if (stated is null && SectionHeadings.Is(row)) return new NotAHolding(source, SectionHeadings.What);
        return new HoldingRead(row);
    }

    private static decimal? Money<TFields>(TFields fields, ColumnRole role, string? stated, NumberParse parse, ref List<string>? problems, ref string? valueCurrency)
        where TFields : IFields
    {
        if (fields.TryNumber(role, out var plain) && InputLimits.InRange(plain)) return plain;
        return ReadMoney(fields, role, stated, parse, ref problems, ref valueCurrency);
    }

    /// <summary>A value that does not read as a plain number: <see cref="NumberReading"/> tries the other forms (apart, so that the plain case makes no closure).</summary>
    private static decimal? ReadMoney<TFields>(TFields fields, ColumnRole role, string? stated, NumberParse parse, ref List<string>? problems, ref string? valueCurrency)
        where TFields : IFields
    {
        var text = fields.Field(role);
        var reading = NumberReading.Money(text, parse, () => fields.Header(role));
        if (reading.Currency is { } c && stated is not null && !string.Equals(c, stated, StringComparison.OrdinalIgnoreCase))
            reading = new NumberReading.Reading(null, null, $"{fields.Header(role)} '{Shorten(text ?? "")}' is in {c}, but the row's currency is {stated}: not read");
        if (!reading.Read) (problems ??= []).Add(reading.Problem!);
        else valueCurrency ??= reading.Currency;
        return reading.Value;
    }

    private static decimal? Number<TFields>(TFields fields, ColumnRole role, NumberParse parse, ref List<string>? problems)
        where TFields : IFields
    {
        if (fields.TryNumber(role, out var plain) && InputLimits.InRange(plain)) return plain;
        return ReadNumber(fields, role, parse, ref problems);
    }

    private static decimal? ReadNumber<TFields>(TFields fields, ColumnRole role, NumberParse parse, ref List<string>? problems)
        where TFields : IFields
    {
        var reading = NumberReading.Number(fields.Field(role), parse, () => fields.Header(role));
        if (!reading.Read) (problems ??= []).Add(reading.Problem!);
        return reading.Value;
    }

    /// <summary>Fields given by functions: every number is read by <see cref="NumberReading"/>.</summary>
    private readonly struct DelegateFields(Func<string> raw, Func<ColumnRole, string?> field, Func<ColumnRole, string> header) : IFields
    {
        public string? Field(ColumnRole role) => field(role);

        public bool TryNumber(ColumnRole role, out decimal? value)
        {
            value = null;
            return false;
        }

        public string Header(ColumnRole role) => header(role);

        public bool EndsWithPercent(ColumnRole role) => field(role)?.EndsWith('%') == true;

        public string Raw() => raw();
    }

    /// <summary>A field trimmed of spaces and non-breaking spaces, with empty and <c>-</c> as null.</summary>
    public static string? Clean(string? text)
    {
        var v = text?.Trim().Trim('\u00A0', '\uFEFF').Trim();
        return string.IsNullOrEmpty(v) || v == "-" ? null : v;
    }

    public static bool IsBlank(string? text) => (text?.Trim().Trim('\u00A0', '\uFEFF').Trim().Length ?? 0) == 0;

    public static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <summary>Fields written back as one CSV line (quoted where needed), without the empty fields at the end.</summary>
    public static string JoinAsCsv(IReadOnlyList<string> fields)
    {
        var last = fields.Count - 1;
        while (last >= 0 && fields[last].Length == 0) last--;
        var sb = new StringBuilder();
        for (var i = 0; i <= last; i++)
        {
            if (i > 0) sb.Append(',');
            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else sb.Append(f);
        }
        return sb.ToString();
    }
}

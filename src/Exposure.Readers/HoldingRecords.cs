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
    /// <remarks>
    /// Who a row holds and how much are read apart: a number that cannot be read leaves that field unknown and says so
    /// (<see cref="HoldingRow.Unreadable"/>), and the row is still screened. Only a row with no name and no identifier
    /// is rejected. A value may carry its currency (<c>£830,000.00</c>): the symbol gives the row's currency when the row
    /// states none, and a value in another currency than the row states is not read.
    /// </remarks>
    public static ReadItem ToItem(
        SourceLocation source, Func<string> raw, Func<ColumnRole, string?> field, Func<ColumnRole, string> header, NumberParse parse,
        string? defaultCurrency = null)
    {
        List<string>? problems = null;
        var stated = field(ColumnRole.Currency);
        string? valueCurrency = null;

        decimal? Money(ColumnRole role)
        {
            var text = field(role);
            var reading = NumberReading.Money(text, parse, () => header(role));
            if (reading.Currency is { } c && stated is not null && !string.Equals(c, stated, StringComparison.OrdinalIgnoreCase))
                reading = new NumberReading.Reading(null, null, $"{header(role)} '{Shorten(text ?? "")}' is in {c}, but the row's currency is {stated}: not read");
            if (!reading.Read) (problems ??= []).Add(reading.Problem!);
            else valueCurrency ??= reading.Currency;
            return reading.Value;
        }

        decimal? Number(ColumnRole role)
        {
            var reading = NumberReading.Number(field(role), parse, () => header(role));
            if (!reading.Read) (problems ??= []).Add(reading.Problem!);
            return reading.Value;
        }

        var value = Money(ColumnRole.MarketValue);
        var weight = Number(ColumnRole.Weight);
        var quantity = Number(ColumnRole.Quantity);
        var price = Money(ColumnRole.Price);
        var coupon = Number(ColumnRole.Coupon);
        var notional = Number(ColumnRole.Notional);
        var maturityText = field(ColumnRole.Maturity);
        var maturity = Dates.Read(maturityText);
        if (maturityText is not null && maturity is null) (problems ??= []).Add($"{header(ColumnRole.Maturity)} '{Shorten(maturityText)}' is not a date");

        var row = new HoldingRow(
            source,
            field(ColumnRole.Name),
            field(ColumnRole.Ticker),
            field(ColumnRole.Exchange),
            field(ColumnRole.Isin),
            field(ColumnRole.Cusip),
            field(ColumnRole.Sedol),
            field(ColumnRole.AssetClass),
            field(ColumnRole.Sector),
            stated ?? valueCurrency ?? defaultCurrency,
            field(ColumnRole.Country),
            value,
            weight,
            quantity,
            price,
            Unreadable: problems is null ? null : string.Join("; ", problems),
            IssuerName: field(ColumnRole.Issuer),
            Coupon: coupon,
            Maturity: maturity,
            Notional: notional,
            Direction: field(ColumnRole.Direction));
        if (row.Name is null && row.Ticker is null && row.Isin is null && row.Cusip is null && row.Sedol is null)
            return new Rejected(source, "no name and no identifier", raw());
        return new HoldingRead(row);
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

using Exposure.Core.Holdings;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Tests.Csv.Oracle;

/// <summary>HoldingRecords.ToItem as it was (a function per field), the oracle of the record path without closures.</summary>
internal static class OracleRecords
{
    public static ReadItem ToItem(
        SourceLocation source, Func<string> raw, Func<ColumnRole, string?> field, Func<ColumnRole, string> header, HoldingRecords.NumberParse parse,
        string? defaultCurrency = null, SectionHeading? section = null)
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
            Direction: field(ColumnRole.Direction),
            Section: section);
        if (row.Name is null && row.Ticker is null && row.Isin is null && row.Cusip is null && row.Sedol is null)
            return new Rejected(source, "no name and no identifier", raw());
        if (TotalLines.Is(row)) return new Rejected(source, TotalLines.Reason, raw());
        if (stated is null && SectionHeadings.Is(row)) return new NotAHolding(source, SectionHeadings.What);
        return new HoldingRead(row);
    }

    private static string Shorten(string s) => HoldingRecords.Shorten(s);
}

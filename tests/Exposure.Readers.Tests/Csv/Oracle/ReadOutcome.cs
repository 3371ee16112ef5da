using System.Globalization;
using Exposure.Core;
using Exposure.Core.Holdings;

namespace Exposure.Readers.Tests.Csv.Oracle;

/// <summary>What a reader made of a file, written out field by field: every item, then the error it stopped with, if any.</summary>
internal sealed record ReadOutcome(IReadOnlyList<string> Items, string? Error)
{
    public static ReadOutcome Of(Func<IEnumerable<ReadItem>> read)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var items = new List<string>();
        try
        {
            foreach (var item in read()) items.Add(Describe(item));
            return new ReadOutcome(items, null);
        }
        catch (DataException e)
        {
            return new ReadOutcome(items, e.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// An item with every field (a record's own text: decimals with their scale, strings as they are, the source's line and
    /// line count), strings quoted so that a null and an empty or padded string differ.
    /// </summary>
    private static string Describe(ReadItem item) => item switch
    {
        HoldingRead { Row: var r } => string.Join("|",
            "holding", r.Source, Q(r.Name), Q(r.Ticker), Q(r.ExchangeText), Q(r.Isin), Q(r.Cusip), Q(r.Sedol), Q(r.AssetClass), Q(r.Sector),
            Q(r.Currency), Q(r.Country), D(r.MarketValue), D(r.WeightPercent), D(r.Quantity), D(r.Price), Q(r.HoldingId), Q(r.Lei), Q(r.Unreadable),
            Q(r.IssuerName), Q(r.IssuerType), D(r.Coupon), r.Maturity?.ToString("O", CultureInfo.InvariantCulture) ?? "null", r.Convertible,
            D(r.Notional), Q(r.Direction), r.Reference?.ToString() ?? "null", r.Section?.ToString() ?? "null", r.Source.File, r.Source.Line, r.Source.LineCount),
        Rejected x => string.Join("|", "rejected", x.Source.File, x.Source.Line, x.Source.LineCount, Q(x.Reason), Q(x.RawText)),
        NotAHolding n => string.Join("|", "not a holding", n.Source.File, n.Source.Line, n.Source.LineCount, Q(n.What)),
        FundDetected { Fund: var f } => string.Join("|", "fund", Q(f.Name), f.NameFrom, f.AsOf?.ToString("O", CultureInfo.InvariantCulture) ?? "null",
            f.AsOfFrom, D(f.StatedNetAssets), Q(f.Layout), Q(f.Registrant), Q(f.Cik), Q(f.SeriesId), Q(f.AccessionNumber), Q(f.Part)),
        EndOfFile e => "end|" + e.Lines.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(item.GetType().Name),
    };

    private static string Q(string? s) => s is null ? "null" : "«" + s + "»";

    private static string D(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "null";
}

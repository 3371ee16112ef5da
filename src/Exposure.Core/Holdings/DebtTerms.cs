using System.Globalization;
using System.Text.Json.Serialization;

namespace Exposure.Core.Holdings;

/// <summary>A debt security's terms as the row states them (columns of their own, or its description): kept for the report.</summary>
/// <param name="Coupon">The coupon in percent, when stated.</param>
/// <param name="Maturity">The maturity date, when stated; a year alone is stored as that year's 31 December (see <paramref name="MaturityYearOnly"/>).</param>
/// <param name="Perpetual">The description says PERP: no maturity.</param>
/// <param name="Convertible">The description or the filing says the security converts into shares.</param>
public sealed record DebtTerms(decimal? Coupon, DateOnly? Maturity, bool Perpetual = false, bool Convertible = false, bool MaturityYearOnly = false)
{
    public static readonly DebtTerms None = new(null, null);

    [JsonIgnore]
    public bool IsEmpty => Coupon is null && Maturity is null && !Perpetual && !Convertible;

    /// <summary>The terms in words: <c>5.25% due 2029-11-03</c>, <c>0% due 2027-02-05, convertible</c>, <c>4.5% perpetual</c>.</summary>
    public string Text
    {
        get
        {
            var parts = new List<string>();
            if (Coupon is { } c) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{c:0.###}%"));
            if (Perpetual) parts.Add("perpetual");
            else if (Maturity is { } m) parts.Add(MaturityYearOnly ? string.Create(CultureInfo.InvariantCulture, $"due {m.Year}") : string.Create(CultureInfo.InvariantCulture, $"due {m:yyyy-MM-dd}"));
            var text = string.Join(' ', parts);
            return Convertible ? (text.Length == 0 ? "convertible" : text + ", convertible") : text;
        }
    }
}

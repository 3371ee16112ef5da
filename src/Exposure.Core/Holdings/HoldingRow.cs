namespace Exposure.Core.Holdings;

/// <summary>One holding as a file states it, with numbers parsed and text trimmed; empty fields are null.</summary>
/// <param name="HoldingId">The file's own key for the holding, where it has one (the <c>HOLDING_ID</c> of an SEC N-PORT data set).</param>
/// <param name="Lei">The issuer's Legal Entity Identifier, as the file gives it (not checked).</param>
/// <param name="Unreadable">
/// The numbers of the row that could not be read, with what they say (<c>Market Value '12x4' is not a number</c>); those
/// fields are null, so their values are unknown. The row is still screened: who it holds does not depend on how much.
/// </param>
/// <param name="IssuerName">The issuer as a column of its own names it (an issuer column; N-PORT's issuer name), when the file has one.</param>
/// <param name="IssuerType">The issuer's category as the file states it (N-PORT <c>issuerCat</c>: CORP, UST, USGA, USGSE, MUN, NUSS, RF, PF ...).</param>
/// <param name="Coupon">A debt security's coupon in percent, from a column of its own.</param>
/// <param name="Maturity">A debt security's maturity date, from a column of its own.</param>
/// <param name="Convertible">The file states that the security converts into shares (N-PORT convertible debt).</param>
/// <param name="Notional">A derivative's notional amount as the file states it; null when not given or not readable (unknown, never 0).</param>
/// <param name="NotionalCurrency">The currency <paramref name="Notional"/> is stated in, where the file names one for it (an N-PORT data set's CURRENCY_CODE beside NOTIONAL_AMOUNT).</param>
/// <param name="Direction">Long or short (or paid, received, written, purchased) as the file states it.</param>
/// <param name="Reference">What a derivative is written on, when the file says.</param>
/// <param name="WeightWithPercentSign">The row's weight is written with a <c>%</c> sign (<c>4.15%</c>): the file says it is a percentage.</param>
/// <param name="Section">
/// The section heading the row stands under where it says what the rows are (<c>Cash</c>, <c>Futures</c>) and the file has no
/// asset-class column (<see cref="SectionHeading"/>); null otherwise.
/// </param>
/// <param name="WeightUnreadable">
/// Where a file whose weights are not the report's (an N-PORT filing's <c>PERCENTAGE</c>, its <c>pctVal</c>) states a weight
/// that could not be read, what it says (<c>PERCENTAGE 'abc' is not a number</c>): that weight is unknown. Kept apart from
/// <paramref name="Unreadable"/>, which says why the value is unknown.
/// </param>
/// <param name="Title">
/// The security's title where the file gives it apart from the issuer's name and it may name a note written on a company
/// (N-PORT <c>ISSUER_TITLE</c>: <c>UBS AG P-Note on Hangzhou Hikvision …</c>, <see cref="NotesOnCompanies"/>); null otherwise.
/// </param>
public sealed record HoldingRow(
    SourceLocation Source,
    string? Name,
    string? Ticker = null,
    string? ExchangeText = null,
    string? Isin = null,
    string? Cusip = null,
    string? Sedol = null,
    string? AssetClass = null,
    string? Sector = null,
    string? Currency = null,
    string? Country = null,
    decimal? MarketValue = null,
    decimal? WeightPercent = null,
    decimal? Quantity = null,
    decimal? Price = null,
    string? HoldingId = null,
    string? Lei = null,
    string? Unreadable = null,
    string? IssuerName = null,
    string? IssuerType = null,
    decimal? Coupon = null,
    DateOnly? Maturity = null,
    bool Convertible = false,
    decimal? Notional = null,
    string? Direction = null,
    ReferenceInstrument? Reference = null,
    bool WeightWithPercentSign = false,
    string? NotionalCurrency = null,
    SectionHeading? Section = null,
    string? Title = null,
    string? WeightUnreadable = null)
{
    /// <summary>Everything of the row that could not be read: <see cref="Unreadable"/> and <see cref="WeightUnreadable"/>, or null.</summary>
    public string? Problems => WeightUnreadable is null ? Unreadable : Unreadable is null ? WeightUnreadable : $"{Unreadable}; {WeightUnreadable}";
}

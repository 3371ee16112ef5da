using Exposure.Core.Reference;

namespace Exposure.Core.Tests.Reference;

public sealed class ExchangeTests
{
    private static readonly ExchangeDirectory Directory = new(
        [
            new Exchange("XSHE", "Shenzhen Stock Exchange", "CN", TickerRule.Pad6),
            new Exchange("XHKG", "Hong Kong Exchanges and Clearing", "HK", TickerRule.StripZeros),
            new Exchange("XTAI", "Taiwan Stock Exchange", "TW", TickerRule.Pad4),
            new Exchange("XNYS", "New York Stock Exchange", "US", TickerRule.Upper),
        ],
        [new("Hong Kong Exchanges And Clearing Ltd", "XHKG"), new("Shenzhen  Stock   Exchange", "XSHE")]);

    [Theory]
    [InlineData("XSHE", "63", "000063")]
    [InlineData("XSHE", "000063", "000063")]
    [InlineData("XHKG", "0763", "763")]
    [InlineData("XHKG", "763", "763")]
    [InlineData("XTAI", "50", "0050")]
    [InlineData("XNYS", "dq", "DQ")]
    public void Tickers_follow_each_exchanges_rule(string mic, string ticker, string expected) =>
        Assert.Equal(expected, Directory.ByMic(mic)!.CanonicalTicker(ticker));

    [Theory]
    [InlineData("Hong Kong Exchanges And Clearing Ltd", "XHKG")]
    [InlineData("hong kong exchanges and clearing ltd", "XHKG")]
    [InlineData("Shenzhen Stock Exchange", "XSHE")]
    [InlineData("XNYS", "XNYS")]
    [InlineData("New York Stock Exchange", "XNYS")]
    public void Exchange_names_resolve_to_mics(string text, string mic) =>
        Assert.Equal(mic, Directory.Resolve(text)?.Mic);

    [Fact]
    public void Unknown_exchange_names_resolve_to_nothing() => Assert.Null(Directory.Resolve("Nasdaq Omx Nordic"));
}

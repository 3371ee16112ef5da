using Exposure.Core.Reference;

namespace Exposure.Core.Tests.Reference;

public sealed class CompositeTickersTests
{
    [Theory]
    [InlineData("763 HK", "763", "XHKG")] // Bloomberg
    [InlineData("763 HK Equity", "763", "XHKG")]
    [InlineData(" 763  hk  equity ", "763", "XHKG")]
    [InlineData("601899 CH", "601899", "XSHG")] // Bloomberg's China composite: Shanghai by the code
    [InlineData("002415 CH", "002415", "XSHE")]
    [InlineData("300750 CH Equity", "300750", "XSHE")]
    [InlineData("0763.HK", "0763", "XHKG")] // Yahoo, Reuters
    [InlineData("601899.SS", "601899", "XSHG")]
    [InlineData("002415.SZ", "002415", "XSHE")]
    [InlineData("6501.T", "6501", "XTKS")]
    [InlineData("HKG:0763", "0763", "XHKG")] // Google
    [InlineData("SHA:601899", "601899", "XSHG")]
    public void A_ticker_that_carries_its_exchange_is_split(string ticker, string code, string mic) =>
        Assert.Equal((code, mic), CompositeTickers.Split(ticker));

    [Theory]
    [InlineData("763")]
    [InlineData("AAPL")]
    [InlineData("BRK.B")] // a share class, not an exchange
    [InlineData("AAPL US")] // Bloomberg's US composite: any US exchange
    [InlineData("NESN CH")] // not an A-share code: not read as China, nor as Switzerland
    [InlineData("1234 CH")]
    [InlineData("763 XX")]
    [InlineData("0763.XX")]
    [InlineData("MOON:0763")]
    [InlineData("763 HK Hong Kong")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_ticker_is_left_whole(string? ticker) => Assert.Null(CompositeTickers.Split(ticker));
}

using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// An amount of a fund whose file gives no currency, beside funds whose files do: the tables say its currency is not
/// given, never leave a bare number a reader would take to be in the other funds' currency. Where no fund gives a currency,
/// no amount carries one, and none is marked.
/// </summary>
public sealed class CurrencyNotGivenTests
{
    private static string Write(TempFolder temp, string name, string text)
    {
        var path = Path.Combine(temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [SkippableFact]
    public void A_fund_without_a_currency_beside_one_in_usd_has_its_amounts_marked_in_every_table_and_the_usd_fund_has_not()
    {
        using var temp = new TempFolder();
        var usd = Write(temp, "usd-fund.csv", "Name,ISIN,Ticker,Exchange,Market Value,Weight,Currency\nZTE Corporation,CNE1000004Y2,763,XHKG,95000,50,USD\nOther Co,,OTH,XNYS,95000,50,USD\n");
        var bare = Write(temp, "bare-fund.csv", "Name,ISIN,Ticker,Exchange,Market Value,Weight\nZTE Corporation,CNE1000004Y2,763,XHKG,48000,25\nOther Co,,OTH,XNYS,144000,75\n");
        var (texts, _) = ReportTexts.Report(temp, "--holdings", usd, bare, "--format", "pdf,html,json");

        var html = texts.Flat("html");
        Assert.Contains("192,000 (currency not given)", html, StringComparison.Ordinal);
        Assert.Contains("48,000 (currency not given)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("190,000 (currency not given)", html, StringComparison.Ordinal);
        // The PDF puts the words on a line of their own under the amount, so that the column stays narrow: the funds
        // table's two amounts of the fund without a currency carry them, the USD fund's none.
        var pdf = texts.Flat("pdf");
        Assert.Contains("USD 190,000", pdf, StringComparison.Ordinal);
        Assert.Contains("192,000", pdf, StringComparison.Ordinal);
        Assert.True(pdf.Split("(currency not given)").Length - 1 >= 2, pdf);
        Assert.Contains("192,000 (currency not given)", texts.Terminal, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Funds_none_of_which_gives_a_currency_have_their_amounts_as_their_files_give_them()
    {
        using var temp = new TempFolder();
        var bare = Write(temp, "bare-fund.csv", "Name,ISIN,Ticker,Exchange,Market Value,Weight\nZTE Corporation,CNE1000004Y2,763,XHKG,48000,25\nOther Co,,OTH,XNYS,144000,75\n");
        var other = Write(temp, "other-fund.csv", "Name,ISIN,Ticker,Exchange,Market Value,Weight\nOther Co,,OTH,XNYS,144000,100\n");
        var (texts, _) = ReportTexts.Report(temp, "--holdings", bare, other, "--format", "pdf,html,json");

        Assert.DoesNotContain("(currency not given)", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.DoesNotContain("(currency not given)", texts.Flat("html"), StringComparison.Ordinal);
        Assert.DoesNotContain("(currency not given)", texts.Terminal, StringComparison.Ordinal);
    }
}

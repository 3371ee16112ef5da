using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Counts the PDF once made for itself are the model's, and the web page shows the same: the methodology's holdings and
/// companies resting on secondary sources only, the funds holding a named and a related company, and a scheme's holdings
/// and managers leading to a named company, each as the JSON gives it.
/// </summary>
public sealed class ModelCountsInEveryOutputTests
{
    private static int Int(System.Text.Json.JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, p) => e.GetProperty(p)).GetInt32();

    [SkippableFact]
    public void The_methodologys_count_of_secondary_sources_is_the_models_in_the_pdf_and_the_web_page()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--format", "pdf,html,json", "--quiet");

        var holdings = Int(json, "summary", "sources", "holdings");
        var secondary = Int(json, "summary", "sources", "holdingsOnSecondaryOnly");
        var companies = Int(json, "summary", "sources", "companiesOnSecondaryOnly");
        Assert.True(holdings > secondary && secondary > companies && companies > 1, $"{holdings}, {secondary}, {companies}");
        var sentence = $"Of the {holdings} matched and related holdings, {secondary} concern {companies} companies whose entries rest on secondary sources only; their caveats say so.";
        Assert.Contains(sentence, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(sentence, texts.Flat("html"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Where_no_holding_rests_on_secondary_sources_only_the_methodology_says_none_does_not_0_concern_0()
    {
        using var temp = new TempFolder();
        var holdings = Path.Combine(temp.Path, "zte-only.csv");
        File.WriteAllText(holdings, "Name,ISIN,Ticker,Exchange,Market Value,Weight\nZTE Corporation,CNE1000004Y2,763,XHKG,95000,50\nZTE Corporation,CNE000000TK5,000063,XSHE,48000,25\n");
        var (texts, json) = ReportTexts.Report(temp, "--holdings", holdings, "--format", "pdf,html,json", "--quiet");

        Assert.Equal((2, 0), (Int(json, "summary", "sources", "holdings"), Int(json, "summary", "sources", "holdingsOnSecondaryOnly")));
        const string Sentence = "Of the 2 matched and related holdings, none concerns a company whose entries rest on secondary sources only.";
        Assert.Contains(Sentence, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(Sentence, texts.Flat("html"), StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 concern ", texts.Flat("pdf"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_funds_holding_a_named_and_a_related_company_are_the_models_in_the_pdf_and_the_web_page()
    {
        using var temp = new TempFolder();
        string Sample(params string[] path) => Path.Combine([RepoPaths.Root, "samples", .. path]);
        var (texts, json) = ReportTexts.Report(temp, "--holdings", Sample("illustrative-holdings.csv"), Sample("scheme", "em-equity-2026-09.csv"),
            Sample("scheme", "multi-asset-2026-09.csv"), "--format", "pdf,html,json", "--quiet");

        // The multi-asset fund holds no related company: the count is of the funds that do, not of all of them.
        var funds = Int(json, "summary", "funds");
        var named = Int(json, "summary", "fundsHoldingNamed");
        var related = Int(json, "summary", "fundsHoldingRelated");
        Assert.Equal((3, 3, 2), (funds, named, related));
        // The PDF's headline figures stand in columns, each figure above its caption.
        Assert.Contains($"{named} of {funds} ", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains("funds hold a named company", texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains($"{named} of {funds} funds hold", texts.Flat("html"), StringComparison.Ordinal);
        Assert.Contains($"; {related} funds hold a related company", texts.Flat("html"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_schemes_holdings_and_managers_leading_to_a_named_company_are_the_models_in_the_pdf_and_the_web_page()
    {
        using var temp = new TempFolder();
        var (texts, json) = ReportTexts.Report(temp, "--portfolio", Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json"), "--format", "pdf,html,json", "--quiet");

        var portfolio = json.GetProperty("portfolio");
        var entries = Int(json, "portfolio", "entriesLeadingToNamed");
        var managers = Int(json, "portfolio", "managersLeadingToNamed");
        var of = $"through {managers} of {portfolio.GetProperty("managers").GetArrayLength()} managers";
        Assert.InRange(entries, 1, portfolio.GetProperty("entries").GetArrayLength() - 1);
        Assert.Contains(of, texts.Flat("pdf"), StringComparison.Ordinal);
        Assert.Contains(of, texts.Flat("html"), StringComparison.Ordinal);
        var held = $"{entries} of {portfolio.GetProperty("entries").GetArrayLength()} holdings of the scheme lead to";
        Assert.Contains(held, texts.Flat("html"), StringComparison.Ordinal);
    }
}

using System.Globalization;
using CsvHelper;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.TestSupport;
using Xunit.Abstractions;

namespace Exposure.Core.Tests.Matching;

/// <summary>
/// The labelled quality set (quality-cases.csv): true variants of every company on the list in the forms holdings files use,
/// and hard negatives. Prints precision and recall per outcome and fails below the published thresholds.
/// </summary>
public sealed class MatchingQualityTests(ITestOutputHelper output)
{
    private sealed record Case(string Kind, string Name, string Ticker, string Exchange, string Isin, string Country, string Expected, string Note, string AssetClass = "");

    /// <summary>The cases of quality-cases.csv (shares) and bond-quality-cases.csv (bond descriptions, with their asset class).</summary>
    private static List<Case> Cases() => Read("quality-cases.csv").Concat(Read("bond-quality-cases.csv")).ToList();

    private static List<Case> Read(string file)
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Matching", file));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        string Field(IDictionary<string, object> r, string name) => r.TryGetValue(name, out var v) ? (string)v : "";
        return csv.GetRecords<dynamic>().Select(r => (IDictionary<string, object>)r)
            .Select(r => new Case(Field(r, "kind"), Field(r, "name"), Field(r, "ticker"), Field(r, "exchange"), Field(r, "isin"),
                Field(r, "country"), Field(r, "expected_company"), Field(r, "note"), Field(r, "asset_class")))
            .ToList();
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    [Fact]
    public void Quality_set_meets_the_thresholds()
    {
        var cases = Cases();
        var matcher = new Matcher(BundledReference.Value);
        var normaliser = new HoldingNormaliser(BundledReference.Value.Exchanges);
        var results = cases.Select(c => (Case: c, Result: matcher.Match(normaliser.Normalise(new HoldingRow(new SourceLocation("quality", 1), c.Name,
            Blank(c.Ticker), Blank(c.Exchange), Blank(c.Isin), Country: Blank(c.Country), AssetClass: Blank(c.AssetClass)))))).ToList();

        var positives = results.Where(r => r.Case.Expected.Length > 0).ToList();
        var hardNegatives = results.Where(r => r.Case.Kind == "hard-negative").ToList();
        bool Right(Case c, MatchResult r) => r.Company?.Id == c.Expected;

        var matches = results.Where(r => r.Result.Outcome == MatchOutcome.Match).ToList();
        var reviews = results.Where(r => r.Result.Outcome == MatchOutcome.NeedsReview).ToList();
        var wrongMatches = matches.Where(r => !Right(r.Case, r.Result)).ToList();
        var found = positives.Where(r => r.Result.Outcome != MatchOutcome.NoMatch && Right(r.Case, r.Result)).ToList();
        var negativesInReview = hardNegatives.Where(r => r.Result.Outcome == MatchOutcome.NeedsReview).ToList();
        var negativesMatched = hardNegatives.Where(r => r.Result.Outcome == MatchOutcome.Match).ToList();

        double Pct(int n, int d) => d == 0 ? 100 : 100.0 * n / d;
        var matchPrecision = Pct(matches.Count - wrongMatches.Count, matches.Count);
        var reviewPrecision = Pct(reviews.Count(r => Right(r.Case, r.Result)), reviews.Count);
        var recall = Pct(found.Count, positives.Count);
        var matchRecall = Pct(positives.Count(r => r.Result.Outcome == MatchOutcome.Match && Right(r.Case, r.Result)), positives.Count);
        var negativeReviewShare = Pct(negativesInReview.Count, hardNegatives.Count);

        output.WriteLine($"{cases.Count} cases: {positives.Count} true variants, {hardNegatives.Count} hard negatives ({Matcher.AlgorithmVersion})");
        output.WriteLine($"match:        {matches.Count,4} results, precision {matchPrecision:0.0}%, recall {matchRecall:0.0}%");
        output.WriteLine($"needs review: {reviews.Count,4} results, precision {reviewPrecision:0.0}%");
        output.WriteLine($"match + review recall: {recall:0.0}% ({found.Count}/{positives.Count})");
        output.WriteLine($"hard negatives: {negativesMatched.Count} matched, {negativesInReview.Count} in review ({negativeReviewShare:0.0}%)");
        foreach (var (c, r) in wrongMatches.Concat(negativesInReview).Concat(positives.Except(found)))
            output.WriteLine($"  {c.Kind}: '{c.Name}' {c.Ticker} {c.Exchange} {c.Isin} expected '{c.Expected}', got {r.Outcome} {r.Company?.Id} [{r.Rule}] ({c.Note})");

        Assert.True(positives.Count + hardNegatives.Count >= 300, "the quality set has at least 300 labelled cases");
        Assert.True(hardNegatives.Count >= 50, "the quality set has at least 50 hard negatives");
        Assert.Empty(wrongMatches.Select(r => $"{r.Case.Name} -> {r.Result.Company?.Id}"));
        Assert.True(recall >= 99, $"recall of match + needs review is {recall:0.0}%, below 99%");
        Assert.True(negativeReviewShare <= 10, $"{negativeReviewShare:0.0}% of hard negatives are in review, above 10%");

        var bonds = results.Where(r => r.Case.AssetClass.Length > 0).ToList();
        output.WriteLine($"bond descriptions: {bonds.Count(r => r.Case.Expected.Length > 0)} variants, {bonds.Count(r => r.Case.Kind == "hard-negative")} hard negatives");
        Assert.True(bonds.Count >= 30, "the quality set has at least 30 labelled bond descriptions");
        Assert.Empty(bonds.Where(r => r.Case.Kind == "hard-negative" && r.Result.Outcome == MatchOutcome.Match).Select(r => r.Case.Name));
    }
}

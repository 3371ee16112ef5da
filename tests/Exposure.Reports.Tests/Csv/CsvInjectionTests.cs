using Exposure.Pipeline;
using Exposure.Reports.Csv;
using Exposure.TestSupport;

namespace Exposure.Reports.Tests.Csv;

public sealed class CsvInjectionTests
{
    [Fact]
    public void Text_from_inputs_that_looks_like_a_formula_stays_text()
    {
        using var temp = new TempFolder();
        var input = temp.File("evil.csv",
            "Name,Ticker,Exchange,Market Value\n" +
            "\"=HYPERLINK(\"\"http://x\"\")\",+1,@SUM(A1),100\n" +
            "-2+3,AAA,XNYS,50\n");
        ExposureRun.Execute(new RunRequest(
            [new HoldingsInput(input, "evil.csv")], RepoPaths.ReferenceData, temp.Path, [new MatchesCsvRenderer(), ScreenedOutCsvRenderer.Unmatched()], "test"));

        var text = File.ReadAllText(Path.Combine(temp.Path, "unmatched.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text);
        Assert.Contains(",'+1,", text);
        Assert.Contains(",'@SUM(A1),", text);
        Assert.Contains(",'-2+3,", text);
        Assert.Contains(",100,", text); // numbers stay numbers
    }
}

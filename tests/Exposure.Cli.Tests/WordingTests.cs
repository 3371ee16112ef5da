using System.Text;
using System.Text.RegularExpressions;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// Counts and their nouns agree in every output: reports with none, one and two of each thing (named, related and
/// review companies, rejected lines, unreadable values, excluded lines, decisions applied) are rendered and every output's
/// text is searched for "1 lines", "1 rows", "1 named companies" and the like.
/// </summary>
public sealed partial class WordingTests
{
    private const string Header = "Ticker,Name,Asset Class,Market Value,Weight (%),Exchange,Currency\n";

    private static readonly string[] Named =
    [
        "763,ZTE CORP H,Equity,\"95,000.00\",0.50,Hong Kong Exchanges And Clearing Ltd,USD\n",
        "2415,HANGZHOU HIKVISION DIGITAL TECHNOLOGY LTD A,Equity,\"150,000.00\",0.78,Shenzhen Stock Exchange,USD\n",
    ];

    private static readonly string[] Related =
    [
        "2317,HON HAI PRECISION INDUSTRY LTD,Equity,\"820,000.00\",4.28,Taiwan Stock Exchange,USD\n",
        "688223,JINKO SOLAR LTD A,Equity,\"22,000.00\",0.11,Shanghai Stock Exchange,USD\n",
    ];

    private const string Review = "-,MEIYA PICO INFORMATION,Equity,\"9,000.00\",0.05,-,USD\n";
    private const string Unreadable = "700,TENCENT HOLDINGS LTD,Equity,12x4,22.20,Hong Kong Exchanges And Clearing Ltd,USD\n";
    private const string Rejected = "ONLY,TWO\n";
    private const string Cash = "USD,USD CASH,Cash,\"210,000.00\",1.10,-,USD\n";
    private const string Filler = "005930,SAMSUNG ELECTRONICS LTD,Equity,\"2,400,000.00\",12.54,Korea Exchange (Stock Market),USD\n";

    [GeneratedRegex(@"(?<![\d.,])1 (?:(?:named|related|other|distinct|non-equity|holding|listed|stale|smaller|input|more|unknown|new) ){0,2}(lines|rows|companies|funds|holdings|values|allegations|decisions|securities|files|matches|candidates|categories|entries|managers|sources|bytes)\b")]
    private static partial Regex OneWithPlural();

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void No_output_says_1_lines_or_1_companies(int n)
    {
        using var temp = new TempFolder();
        var file = new StringBuilder("Example Fund\nAs of,2026-11-20\n").Append(Header).Append(Filler);
        for (var i = 0; i < n; i++)
            file.Append(Named[i]).Append(Related[i]).Append(Review).Append(Unreadable).Append(Rejected).Append(Cash);
        var holdings = temp.File("holdings.csv", file.ToString());
        var decisions = temp.File("decisions.csv", "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\n");

        var problems = new List<string>();
        foreach (var (run, decided) in new[] { ("without decisions", false), ("with decisions", true) })
        {
            if (decided && n > 0)
                File.WriteAllText(decisions, "decision,reviewer,decided_on,reason,company_id,isin,mic,ticker,name\naccept,R,2026-11-21,checked,meiya-pico,,,,MEIYA PICO INFORMATION\n");
            var outDir = Path.Combine(temp.Path, run.Replace(' ', '-'));
            var r = CliRunner.Run("report", "--holdings", holdings, "--decisions", decisions, "--out", outDir);
            Assert.True(r.ExitCode == 0, r.Error);
            var texts = ReportTexts.Read(outDir, r.Output);
            foreach (var (output, text) in texts.ByOutput)
                problems.AddRange(OneWithPlural().Matches(text).Select(m => $"{run}, {output}: '{Around(text, m.Index)}'"));

            if (!decided)
            {
                Assert.Contains($"{Count(n, "named company", "named companies")} and {Count(n, "related company", "related companies")} held", texts.Terminal);
                Assert.Contains($"{Count(n, "line needs", "lines need")} review", texts.Terminal);
                Assert.Contains(n == 0 ? "no line rejected" : $"{Count(n, "line", "lines")} rejected: {Count(n, "line that could not be read", "lines that could not be read")}", texts.Terminal);
            }
            else if (n > 0)
            {
                Assert.Contains($"{Count(n, "row", "rows")} accepted", texts.Terminal);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        return text[start..Math.Min(text.Length, index + 60)].Replace('\n', ' ');
    }
}

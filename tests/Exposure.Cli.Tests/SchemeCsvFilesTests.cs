using System.Globalization;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>
/// <c>--format csv</c> of a scheme writes the scheme's figures too, in the report currency, as the workbook's Scheme
/// holdings, Managers, Exposure paths and Coverage sheets give them: unknown values empty, never 0, and each figure's bound beside it.
/// </summary>
public sealed class SchemeCsvFilesTests
{
    private static string Fixture(string file) => Path.Combine(RepoPaths.Root, "tests", "Exposure.Cli.Tests", "Fixtures", "scheme-shares", file);

    [Fact]
    public void A_schemes_csv_files_carry_its_holdings_managers_paths_and_coverage()
    {
        using var temp = new TempFolder();
        var (_, json) = ReportTexts.Report(temp, "--portfolio", Fixture("managers.json"), "--format", "csv,json", "--quiet");
        var p = json.GetProperty("portfolio");
        var folder = Path.Combine(temp.Path, "out");
        static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

        var holdings = NportDataSetTests.Csv(Path.Combine(folder, "scheme-holdings.csv"));
        Assert.Equal(["a", "b", "c", ""], holdings.Select(h => h["holding_id"]));
        var a = holdings[0];
        Assert.Equal((Number(a["named_value"]), "at-least", "GBP"), (p.GetProperty("entries")[0].GetProperty("flaggedValue").GetDecimal(), a["named_value_bound"], a["report_currency"]));
        // Property Fund has no file: its figures are unknown, empty, never 0.
        var c = holdings[2];
        Assert.Equal(("", "", "no holdings file"), (c["named_value"], c["named_value_bound"], c["not_looked_through"]));
        var scheme = holdings[3];
        Assert.Equal("scheme", scheme["kind"]);
        Assert.Equal(p.GetProperty("flaggedValue").GetDecimal(), Number(scheme["named_value"]));
        Assert.Equal(("at-least", p.GetProperty("totalInvested").GetDecimal()), (scheme["named_value_bound"], Number(scheme["amount"])));

        var managers = NportDataSetTests.Csv(Path.Combine(folder, "scheme-managers.csv"));
        var managerC = Assert.Single(managers, m => m["manager"] == "Manager C");
        Assert.Equal("", managerC["named_value"]);
        Assert.StartsWith("not looked through", managerC["not_looked_through"], StringComparison.Ordinal);

        // ZTE's row in Fund A has no value: its path's value is unknown, with why.
        var paths = NportDataSetTests.Csv(Path.Combine(folder, "scheme-paths.csv"));
        var zte = Assert.Single(paths, x => x["company_id"] == "zte");
        Assert.Equal(("", "no value given", "a"), (zte["value"], zte["value_unknown"], zte["path"]));
        Assert.Equal(p.GetProperty("companies").EnumerateArray().Sum(x => x.GetProperty("paths").GetArrayLength()), paths.Count);

        var gap = Assert.Single(NportDataSetTests.Csv(Path.Combine(folder, "scheme-coverage.csv")));
        Assert.Equal(("c", "no-holdings-file", 200_000m), (gap["holding_id"], gap["kind"], Number(gap["value"])));
    }
}

using System.Text;
using Exposure.Core;
using Exposure.Readers.Portfolio;

namespace Exposure.Readers.Tests.Portfolio;

public sealed class PortfolioFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exposure-portfolio-" + Guid.NewGuid().ToString("N"));

    public PortfolioFileTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "a.csv"), "Name,Market Value\nZTE CORP,100\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Comments_trailing_commas_and_a_utf16_file_are_read()
    {
        const string json = """
            // the scheme
            { "title": "T", "reportCurrency": "gbp", /* lower case is fine */
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 1.5E+6, "currency": "GBP", }, ], }
            """;
        foreach (var encoding in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode })
        {
            var loaded = PortfolioFile.Read(Write("scheme.json", json, encoding), "scheme.json");
            var entry = Assert.Single(loaded.Definition.Entries);
            Assert.Equal(("a", 1_500_000m, "GBP", 3), (entry.Id, entry.Amount, entry.Currency, entry.Line));
            Assert.Equal("GBP", loaded.Definition.ReportCurrency);
        }
    }

    [Fact]
    public void Each_problem_names_the_line_of_the_value_at_fault()
    {
        var path = Write("scheme.json", """
            {
              "title": "T",
              "reportCurrency": "GBP",
              "holdings": [
                {
                  "id": "a",
                  "file": "a.csv",
                  "amount": 10,
                  "currency": "GBP",
                  "identifiers": {
                    "isin": 12
                  }
                }
              ]
            }
            """);
        var e = Assert.Throws<DataException>(() => PortfolioFile.Read(path, "scheme.json"));
        Assert.Equal("scheme.json, line 11: holding 'a': identifiers: 'isin' must be text, not a number", e.Message);
    }

    [Fact]
    public void An_exchange_rates_file_past_the_limit_is_refused_without_reading_it_all()
    {
        var fx = Path.Combine(_folder, "fx.csv");
        using (var f = File.Create(fx))
        {
            f.Write("from,to,rate\n"u8);
            f.SetLength(PortfolioFile.MaxBytes + 1L);
        }
        var path = Write("scheme.json", """
            { "title": "T", "reportCurrency": "GBP", "fxRates": "fx.csv",
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 10, "currency": "GBP" } ] }
            """);
        var e = Assert.Throws<DataException>(() => PortfolioFile.Read(path, "scheme.json"));
        Assert.Equal("fx.csv: larger than 16 MiB: not an exchange-rates file", e.Message);
    }

    [Fact]
    public void An_exchange_rates_file_with_an_unclosed_quote_is_one_line()
    {
        Write("fx.csv", "from,to,rate\nUSD,GBP,0.79\n\"EUR,GBP,0.86\n");
        var path = Write("scheme.json", """
            { "title": "T", "reportCurrency": "GBP", "fxRates": "fx.csv",
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 10, "currency": "GBP" } ] }
            """);
        var e = Assert.Throws<DataException>(() => PortfolioFile.Read(path, "scheme.json"));
        Assert.StartsWith("fx.csv, line 3: ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_file_of_a_great_many_small_values_is_refused_before_they_fill_the_memory()
    {
        var values = string.Join(",", Enumerable.Repeat("1", 600_000));
        var path = Write("scheme.json", "{ \"title\": \"T\",\n \"illustrativeNote\": [" + values + "] }");
        var e = Assert.Throws<DataException>(() => PortfolioFile.Read(path, "scheme.json"));
        Assert.Equal("scheme.json, line 2: more than 500,000 values: not a portfolio file", e.Message);
    }
}

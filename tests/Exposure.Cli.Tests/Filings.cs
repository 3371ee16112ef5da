using System.Globalization;
using System.Text;

namespace Exposure.Cli.Tests;

/// <summary>Small SEC N-PORT filings (primary_doc.xml) for command-line tests.</summary>
internal static class Filings
{
    /// <summary>A filing of one fund with the given stated net assets (as written) and holdings (name, ISIN, value in USD as written).</summary>
    public static string Nport(string? netAssets, params (string Name, string Isin, string Value)[] holdings)
    {
        var sb = new StringBuilder();
        sb.Append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <edgarSubmission xmlns="http://www.sec.gov/edgar/nport">
              <formData>
                <genInfo>
                  <regName>Example Trust</regName>
                  <seriesName>Example Equity Fund</seriesName>
                  <repPdDate>2025-05-31</repPdDate>
                </genInfo>
                <fundInfo>

            """);
        if (netAssets is not null) sb.Append(CultureInfo.InvariantCulture, $"      <netAssets>{netAssets}</netAssets>\n");
        sb.Append("    </fundInfo>\n    <invstOrSecs>\n");
        foreach (var (name, isin, value) in holdings)
            sb.Append(CultureInfo.InvariantCulture, $"""
                      <invstOrSec>
                        <name>{name}</name>
                        <identifiers>
                          <isin value="{isin}"/>
                        </identifiers>
                        <valUSD>{value}</valUSD>
                        <assetCat>EC</assetCat>
                      </invstOrSec>

                """);
        sb.Append("    </invstOrSecs>\n  </formData>\n</edgarSubmission>\n");
        return sb.ToString();
    }

    /// <summary>The line of the first occurrence of a text, counted from 1.</summary>
    public static int LineOf(string text, string find) => text[..text.IndexOf(find, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}

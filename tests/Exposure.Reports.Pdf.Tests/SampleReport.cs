using System.Globalization;
using Exposure.Reports.Pdf.Fonts;
using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Tests;

/// <summary>A sample document using every element, for tests and for looking at the output.</summary>
internal static class SampleReport
{
    public const string TableHeader = "Company";

    private static readonly string[] Companies =
    [
        "海康威视", "浙江大华技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd.",
        "Zhejiang Dahua Technology Co., Ltd.", "iFlytek Co., Ltd. 科大讯飞股份有限公司", "Xinjiang Zhongtai Chemical",
        "Hoshine Silicon Industry 合盛硅业", "Anta Sports Products", "LONGi Green Energy Technology",
        "Ürümqi Transport Holding (fictitious example with a rather long registered name)",
    ];

    public static PdfReportDocument Build(FontSet fonts, PageSize? pageSize = null, DateTimeOffset? timestamp = null)
    {
        var document = new PdfReportDocument(fonts)
        {
            PageSize = pageSize ?? PageSize.A4,
            Margins = Margins.All(48),
            Timestamp = timestamp ?? new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Metadata = new DocumentMetadata("Exposure sample report")
            {
                Subject = "Funds holding companies alleged to be linked to Uyghur forced labour",
                Keywords = "exposure, funds, forced labour, Xinjiang",
                Author = "Exposure contributors",
                Creator = "Exposure test suite",
            },
            Header = _ => new KeepTogether(
                new Columns(
                    (new Paragraph("Exposure — sample report") { FontSize = 8, Color = XColors.DimGray }, 2),
                    (new Paragraph("Data as of 1 May 2024") { FontSize = 8, Color = XColors.DimGray, Alignment = TextAlignment.Right }, 1)),
                new Rule { SpaceAbove = 2, SpaceBelow = 0 }),
            Footer = page => new Paragraph($"Page {page.Number} of {page.Count}") { FontSize = 8, Alignment = TextAlignment.Center, SpaceAfter = 0 },
        };

        document.Add(new Heading("Exposure report"));
        document.Add(new Paragraph(
        [
            "This report lists investment funds that hold shares of companies alleged to be linked to the forced labour of ",
            "Uyghurs", " and other Turkic and Muslim-majority peoples. ",
            new TextSpan("Every allegation links to its public source.") { Bold = true },
            " Read the methodology at ",
            new TextSpan("https://example.org/exposure/methodology") { Link = "https://example.org/exposure/methodology" },
            ".",
        ]));
        document.Add(new KeyValueList()
            .Add("Funds screened", "1,204")
            .Add("Funds with at least one exposed holding", "318 (26.4%)")
            .Add("Companies matched", "57")
            .Add("Largest holding (bold Chinese text is simulated bold)", "海康威视 (Hikvision), 240 funds")
            .Add("Uyghur name example (Arabic script, not drawable without shaping)", new TextSpan("ئۇيغۇر") { Fallback = "Uyghur" }));

        document.Add(new Heading("Summary", 2));
        for (var i = 0; i < 3; i++)
        {
            document.Add(new Paragraph(Lorem(i)));
        }

        document.Add(new Heading("Most widely held companies", 2));
        document.Add(new BarChart(Companies.Take(8).Select((c, i) => new BarItem(c, 240 - i * 27.5)
        {
            ValueLabel = $"{240 - i * 27.5:0.#} funds",
        }))
        {
            Title = "Funds holding each company",
            AxisTitle = "Number of funds",
        });

        document.Add(new Heading("Holdings", 2));
        document.Add(new Heading("All matched holdings", 3));
        document.Add(HoldingsTable(200));

        document.Add(new PageBreak());
        document.Add(new Heading("Methodology"));
        document.Add(new Heading("Sources", 2));
        document.Add(new Paragraph("A paragraph with a word too long for any line: " + string.Concat(Enumerable.Repeat("Supercalifragilistic", 12))));
        document.Add(new Heading("Limitations", 2));
        document.Add(new Paragraph(Lorem(3)) { Italic = true });
        return document;
    }

    public static Table HoldingsTable(int rows)
    {
        var table = new Table(
        [
            new TableColumn("#", ColumnWidth.Fixed(26), TextAlignment.Right),
            new TableColumn(TableHeader, ColumnWidth.Relative(3)),
            new TableColumn("Fund", ColumnWidth.Relative(2.2)),
            new TableColumn("ISIN", ColumnWidth.Fixed(78)),
            new TableColumn("Value (EUR)", ColumnWidth.Fixed(84), TextAlignment.Right),
        ]);
        for (var i = 0; i < rows; i++)
        {
            var value = (i * 7919 % 100_000) * 1234.5;
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Companies[i % Companies.Length],
                $"Global Equity Fund {(char)('A' + i % 26)} — accumulating share class",
                $"LU{i:0000000000}",
                value.ToString("#,0.00", CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static string Lorem(int seed) => (seed % 4) switch
    {
        0 => "Holdings are taken from the funds' most recent published portfolios. A company is included when at least one " +
             "public report by a research institute, journalists or a non-governmental organisation names it as using or " +
             "benefiting from labour transfer programmes, or as sourcing from suppliers that do. The report does not assess " +
             "the allegations; it shows where they appear and lets readers follow each one to its source.",
        1 => "Values are converted to euros at the exchange rate of the portfolio date. Percentages are shares of each fund's " +
             "net assets. Where a fund holds several share classes of the same company, the holdings are added together, and " +
             "where a company is listed on more than one exchange, every listing is matched by its ISIN.",
        2 => "Funds are grouped by management company and domicile. The tables that follow are sorted by the value of the " +
             "exposed holdings, largest first, so that the funds with the greatest exposure come first in every section.",
        _ => "Names are shown as published. Chinese company names such as 海康威视 or 浙江大华技术股份有限公司 are drawn with a CJK " +
             "font when one is installed; names in scripts that cannot be drawn are replaced by their Latin transliteration and " +
             "marked with an asterisk.",
    };
}

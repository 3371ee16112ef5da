using System.Text;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Tests.Xlsx;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests;

public sealed class HoldingsReadersTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Bytes(string name, params byte[] bytes)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("ishares-raw.csv", HoldingsFormat.Csv)]
    [InlineData("encodings/utf16le.csv", HoldingsFormat.Csv)]
    [InlineData("encodings/windows-1252.csv", HoldingsFormat.Csv)]
    [InlineData("nport/primary_doc.xml", HoldingsFormat.Nport)]
    [InlineData("nport/doctype.xml", HoldingsFormat.Nport)]
    public void Text_formats_are_told_apart_by_content(string fixture, HoldingsFormat format)
    {
        Assert.Equal(format, HoldingsReaders.Detect(Fixture.Path(fixture), fixture));
    }

    [Fact]
    public void Each_format_is_read_by_its_reader()
    {
        var csv = HoldingsReaders.Read(Fixture.Path("ishares-raw.csv"), "ishares-raw.csv").ToList();
        Assert.Equal("iShares holdings download", Assert.IsType<FundDetected>(csv[0]).Fund.Layout);

        var nport = HoldingsReaders.Read(Fixture.Path("nport/primary_doc.xml"), "primary_doc.xml").ToList();
        Assert.Equal("SEC Form N-PORT", Assert.IsType<FundDetected>(nport[0]).Fund.Layout);
        Assert.Equal(5, Items.Rows(nport).Count);

        var mapped = HoldingsReaders.Read(Fixture.Path("mapping/depot.csv"), "depot.csv", Fixture.Path("mapping/depot.mapping.json")).ToList();
        Assert.Equal("Musterfonds", Assert.IsType<FundDetected>(mapped[0]).Fund.Name);
        Assert.Equal(5, Items.Rows(mapped).Count);

        var book = Path.Combine(_temp.Path, "holdings.xlsx");
        TestWorkbook.Write(book, [("S", [(1, ["Name", "Ticker", "Weight"]), (2, ["Alpha", "AAA", new TestCell.Number("1.25")])])]);
        var xlsx = HoldingsReaders.Read(book, "holdings.xlsx").ToList();
        Assert.Equal(HoldingsFormat.Xlsx, HoldingsReaders.Detect(book, "holdings.xlsx"));
        Assert.Equal(1.25m, Assert.Single(Items.Rows(xlsx)).WeightPercent);

        // A workbook is recognised by content whatever its name.
        var renamed = Path.Combine(_temp.Path, "holdings.dat");
        File.Copy(book, renamed);
        Assert.Equal(HoldingsFormat.Xlsx, HoldingsReaders.Detect(renamed, "holdings.dat"));
    }

    [Fact]
    public void A_text_file_named_xlsx_fails_as_a_workbook()
    {
        var path = _temp.File("holdings.xlsx", "Name,Ticker\nAlpha,AAA\n");
        Assert.Equal("holdings.xlsx: not an .xlsx workbook: the file is not a zip archive",
            Assert.Throws<DataException>(() => HoldingsReaders.Read(path, "holdings.xlsx").ToList()).Message);
    }

    [Fact]
    public void A_doctype_in_an_nport_file_is_refused_through_the_dispatcher_too()
    {
        var e = Assert.Throws<DataException>(() => HoldingsReaders.Read(Fixture.Path("nport/doctype.xml"), "doctype.xml").ToList());
        Assert.Equal("doctype.xml, line 2: the file has a DOCTYPE (a DTD), which an N-PORT filing never has; refused without resolving it", e.Message);
    }

    [Fact]
    public void Unsupported_formats_are_named()
    {
        string Message(string path) => Assert.Throws<DataException>(() => HoldingsReaders.Read(path, Path.GetFileName(path))).Message;

        Assert.Equal("old.xls: not a supported holdings format (an Excel 97-2003 .xls or a password-protected workbook; save it as .xlsx or CSV)",
            Message(Bytes("old.xls", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0)));
        Assert.Equal("report.pdf: not a supported holdings format (a PDF; holdings must be CSV, .xlsx or N-PORT XML)",
            Message(Bytes("report.pdf", [.. "%PDF-1.7\n%âãÏÓ\n"u8])));
        Assert.Equal("h.csv.gz: not a supported holdings format (a compressed archive; unpack it first)", Message(Bytes("h.csv.gz", 0x1F, 0x8B, 8, 0, 0, 0)));
        Assert.Equal("blob.csv: not a supported holdings format (a binary file, not text)",
            Message(Bytes("blob.csv", 0x01, 0x00, 0x00, 0x00, 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x02, 0x01, 0x00)));
        Assert.Equal("EEM.xls: not a supported holdings format (an XML Spreadsheet 2003 file, as some '.xls' downloads are; open it in a spreadsheet and save it as .xlsx or CSV)",
            Message(_temp.File("EEM.xls", "<?xml version=\"1.0\"?>\n<ss:Workbook xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"></ss:Workbook>")));
        Assert.Equal("page.csv: not a supported holdings format (an HTML page)", Message(_temp.File("page.csv", "<!DOCTYPE html>\n<html><body>Holdings</body></html>")));
        Assert.Equal("other.xml: not a supported holdings format (XML that is not an SEC N-PORT filing (no http://www.sec.gov/edgar/nport namespace))",
            Message(_temp.File("other.xml", "<?xml version=\"1.0\"?><catalog/>")));
        Assert.Equal("missing.csv: file not found", Message(Path.Combine(_temp.Path, "missing.csv")));
        Assert.Equal("empty.csv: the file is empty", Message(_temp.File("empty.csv", "")));
    }

    [Fact]
    public void A_mapping_applies_to_text_only()
    {
        var book = Path.Combine(_temp.Path, "holdings.xlsx");
        TestWorkbook.Write(book, [("S", [(1, ["Name", "Ticker", "Weight"])])]);
        Assert.Equal("holdings.xlsx: a mapping file describes CSV and other delimited text, not an Excel workbook; read the workbook without one",
            Assert.Throws<DataException>(() => HoldingsReaders.Read(book, "holdings.xlsx", Fixture.Path("mapping/depot.mapping.json"))).Message);
        Assert.Equal("primary_doc.xml: a mapping file describes CSV and other delimited text, not an N-PORT filing; read the filing without one",
            Assert.Throws<DataException>(() => HoldingsReaders.Read(Fixture.Path("nport/primary_doc.xml"), "primary_doc.xml", Fixture.Path("mapping/depot.mapping.json"))).Message);
    }

    [Fact]
    public void Mapping_errors_name_the_mapping_file_as_given()
    {
        var mapping = _temp.File("bad.json", """{ "columns": { "nom": 1 } }""");
        var e = Assert.Throws<DataException>(() => HoldingsReaders.Read(Fixture.Path("mapping/depot.csv"), "depot.csv", mapping));
        Assert.Equal(mapping, e.File);
        Assert.StartsWith($"{mapping}: unknown column role 'nom' (known: name, ", e.Message);
    }

    [Fact]
    public void A_utf16_csv_without_bom_is_text_not_binary()
    {
        var path = Bytes("u16.csv", Encoding.Unicode.GetBytes("Name,Ticker,Weight\r\nAlpha,AAA,1\r\n"));
        Assert.Equal(HoldingsFormat.Csv, HoldingsReaders.Detect(path, "u16.csv"));
        Assert.Equal("Alpha", Assert.Single(Items.Rows(HoldingsReaders.Read(path, "u16.csv"))).Name);
    }

    [Fact]
    public void A_filing_after_more_blank_space_than_the_first_look_reads_is_still_told_apart_by_its_namespace()
    {
        var filing = File.ReadAllText(Fixture.Path("nport/primary_doc.xml"));
        var path = Path.Combine(_temp.Path, "padded.xml");
        File.WriteAllText(path, new string(' ', 6000) + "\r\n" + filing);
        Assert.Equal(HoldingsFormat.Nport, HoldingsReaders.Detect(path, "padded.xml"));

        var lateNamespace = Path.Combine(_temp.Path, "late.xml");
        File.WriteAllText(lateNamespace, "<?xml version=\"1.0\"?>\n<!-- " + new string('x', 6000) + " -->\n" + filing[(filing.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        Assert.Equal(HoldingsFormat.Nport, HoldingsReaders.Detect(lateNamespace, "late.xml"));
    }
}

using System.Text;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Text;

public sealed class TextEncodingsTests
{
    [Theory]
    [InlineData("utf8-bom.csv", "UTF-8 with BOM", 3)]
    [InlineData("utf8.csv", "UTF-8", 0)]
    [InlineData("utf16le-bom.csv", "UTF-16LE", 2)]
    [InlineData("utf16be-bom.csv", "UTF-16BE", 2)]
    [InlineData("utf16le.csv", "UTF-16LE", 0)]
    [InlineData("utf16be.csv", "UTF-16BE", 0)]
    [InlineData("windows-1252.csv", "Windows-1252", 0)]
    public void Each_encoding_is_detected(string fixture, string name, int bom)
    {
        var detected = TextEncodings.Detect(Fixture.Path(Path.Combine("encodings", fixture)));
        Assert.Equal(name, detected.Name);
        Assert.Equal(bom, detected.PreambleLength);
        Assert.False(detected.LooksBinary);
    }

    [Theory]
    [InlineData("utf8-bom.csv")]
    [InlineData("utf8.csv")]
    [InlineData("utf16le-bom.csv")]
    [InlineData("utf16be-bom.csv")]
    [InlineData("utf16le.csv")]
    [InlineData("utf16be.csv")]
    public void Accented_and_chinese_names_survive_in_every_unicode_encoding(string fixture)
    {
        var items = CsvHoldingsReader.Read(Fixture.Path(Path.Combine("encodings", fixture)), fixture).ToList();

        Assert.Equal(5, Items.AssertWellFormed(items));
        var fund = Assert.IsType<Core.Holdings.FundDetected>(items[0]).Fund;
        Assert.Equal("Fonds Européen d'Exemple", fund.Name);
        var rows = Items.Rows(items);
        Assert.Equal(["Société Générale SA", "中兴通讯股份有限公司 H", "Nestlé SA"], rows.Select(r => r.Name));
        Assert.Equal("FR0000130809", rows[0].Isin); // no byte-order mark or stray NUL left in the first field
        Assert.Equal(1234.50m, rows[0].MarketValue);
        Assert.Equal(5170.71m, rows[1].MarketValue);
        Assert.Equal("Suisse", rows[2].Country);
    }

    [Fact]
    public void A_utf8_file_with_a_stray_byte_stays_utf8_and_its_chinese_names_survive()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "stray.csv");
        var text = "Name,Market Value,Currency\n紫金矿业集团股份有限公司,1000,CNY\n杭州海康威视数字技术股份有限公司,1000,CNY\nOTHER CO ";
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(text), 0xE9, .. ",1000,CNY\n"u8]);

        Assert.Equal("UTF-8 (with bytes that are not UTF-8, replaced)", TextEncodings.Detect(path).Name);
        var rows = Items.Rows(CsvHoldingsReader.Read(path, "stray.csv").ToList());
        Assert.Equal(["紫金矿业集团股份有限公司", "杭州海康威视数字技术股份有限公司", "OTHER CO \uFFFD"], rows.Select(r => r.Name));
    }

    [Fact]
    public void Chinese_text_saved_as_gbk_is_read_as_gb18030()
    {
        TextEncodings.EnsureCodePages();
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "gbk.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes("名称,市值,货币\n紫金矿业集团股份有限公司,1000,CNY\n杭州海康威视数字技术股份有限公司（H股）,1000,CNY\n"));

        Assert.Equal("GB18030", TextEncodings.Detect(path).Name);
        using var reader = TextEncodings.OpenText(path);
        Assert.Contains("杭州海康威视数字技术股份有限公司（H股）", reader.ReadToEnd());
    }

    [Theory]
    [InlineData("Société Générale SA;Müller AG;Nestlé SA")]
    [InlineData("Ærø Bank;Øresund ÅS;São Paulo Ltda")]
    [InlineData("Café Crème;Señor Niño;Forêt Noire")]
    [InlineData("Münchener Rückversicherung;Düsseldorfer Hypothekenbank;Jürgen Müller")]
    public void Latin_text_in_windows_1252_is_not_taken_for_chinese_or_utf8(string names)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "latin.csv");
        File.WriteAllBytes(path, TextEncodings.Windows1252.GetBytes("Name,Market Value\n" + string.Join("\n", names.Split(';').Select(n => n + ",1000")) + "\n"));

        Assert.Equal("Windows-1252", TextEncodings.Detect(path).Name);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        var items = CsvHoldingsReader.Read(Fixture.Path("encodings/windows-1252.csv"), "windows-1252.csv").ToList();

        Assert.Equal(5, Items.AssertWellFormed(items));
        Assert.Equal("Fonds Européen d'Exemple – Sélection €", Assert.IsType<Core.Holdings.FundDetected>(items[0]).Fund.Name);
        var rows = Items.Rows(items);
        Assert.Equal(["Société Générale SA", "Müller AG", "Nestlé SA"], rows.Select(r => r.Name));
        Assert.Equal("Österreich", rows[1].Country);
        Assert.DoesNotContain(rows, r => r.Name!.Contains('\uFFFD'));
    }

    [Fact]
    public void Invalid_utf8_late_in_a_long_file_still_makes_it_windows_1252()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "late.csv");
        var ascii = string.Concat(Enumerable.Repeat("Name,ISIN,Market Value\r\n", 5000)); // past the 8 KB sample and a 64 KB block
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(ascii), .. TextEncodings.Windows1252.GetBytes("Société,FR0000130809,1\r\n")]);

        Assert.Equal("Windows-1252", TextEncodings.Detect(path).Name);
    }

    [Fact]
    public void A_utf8_sequence_split_across_read_blocks_is_still_valid_utf8()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "split.csv");
        // 65535 ASCII bytes put the two bytes of "é" either side of the 64 KB block boundary.
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(new string('a', 65_535)), .. Encoding.UTF8.GetBytes("é\n")]);

        Assert.Equal("UTF-8", TextEncodings.Detect(path).Name);
    }

    [Fact]
    public void Nul_bytes_that_are_not_utf16_mark_a_binary_file()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "blob.bin");
        File.WriteAllBytes(path, [0x01, 0x00, 0x00, 0x00, 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x02, 0x01, 0x00]);

        Assert.True(TextEncodings.Detect(path).LooksBinary);
    }

    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("ab")]
    [InlineData("x")]
    public void Tiny_ascii_files_are_utf8(string text)
    {
        using var temp = new TempFolder();
        Assert.Equal("UTF-8", TextEncodings.Detect(temp.File("tiny.csv", text)).Name);
    }

    [Fact]
    public void A_byte_order_mark_misread_as_text_and_saved_again_as_utf8_is_skipped_so_the_first_header_is_read()
    {
        using var temp = new TempFolder();
        // "ï»¿" in UTF-8: what a UTF-8 mark becomes when a spreadsheet imports the file as Windows-1252 and saves it as UTF-8.
        var path = Path.Combine(temp.Path, "resaved.csv");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("\u00EF\u00BB\u00BFTicker,Name,Exchange,Market Value\n763,ZTE CORP H,Hong Kong Exchanges And Clearing Ltd,100\n"));

        var detected = TextEncodings.Detect(path);
        Assert.Equal(6, detected.PreambleLength);
        Assert.Equal("UTF-8, with a byte-order mark misread as text (\u00EF\u00BB\u00BF)", detected.Name);
        var row = Assert.Single(Items.Rows(CsvHoldingsReader.Read(path, "resaved.csv").ToList()));
        Assert.Equal("763", row.Ticker);
        Assert.Equal("ZTE CORP H", row.Name);
    }

    [Theory]
    [InlineData("\u00EF\u00BB\u00BFTicker", "Ticker")]
    [InlineData("\uFEFFTicker", "Ticker")]
    [InlineData("Ticker", "Ticker")]
    [InlineData("\u00EFTicker", "\u00EFTicker")]
    public void Only_a_whole_mark_or_its_misread_form_is_trimmed(string text, string trimmed) =>
        Assert.Equal(trimmed, TextEncodings.TrimByteOrderMark(text));
}

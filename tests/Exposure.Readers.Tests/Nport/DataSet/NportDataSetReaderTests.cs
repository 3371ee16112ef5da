using System.IO.Compression;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Nport.DataSet;
using Exposure.TestSupport;

namespace Exposure.Readers.Tests.Nport.DataSet;

public sealed class NportDataSetReaderTests : IDisposable
{
    private const string Holdings = "2026q2_nport.zip/FUND_REPORTED_HOLDING.tsv";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string FixtureFolder => Fixture.Path("nport-dataset");

    /// <summary>The fixture's tables zipped as the SEC ships them (tables at the root of the zip).</summary>
    private string Zip(string? folder = null, string name = "2026q2_nport.zip")
    {
        var dir = Path.Combine(_temp.Path, "zip-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        ZipFile.CreateFromDirectory(folder ?? FixtureFolder, path);
        return path;
    }

    /// <summary>A copy of the fixture's tables with <paramref name="change"/> applied, for variants.</summary>
    private string Variant(Action<string> change)
    {
        var folder = Path.Combine(_temp.Path, "variant-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(FixtureFolder)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        change(folder);
        return folder;
    }

    private static List<ReadItem> Read(string path, NportMonths months = NportMonths.Latest, DataSetLimits? limits = null) =>
        NportDataSetReader.Read(path, "2026q2_nport.zip", months, limits).ToList();

    /// <summary>Every line of the holdings table is covered by exactly one item, and the end gives the table's lines.</summary>
    private static void AssertEveryLineOnce(IReadOnlyList<ReadItem> items, int lines)
    {
        Assert.Equal(lines, Assert.IsType<EndOfFile>(items[^1]).Lines);
        Assert.Single(items.OfType<EndOfFile>());
        // Rows of a filing that is no fund of the report come first, before the first fund: lines of the data set as a whole.
        Assert.All(items.TakeWhile(i => i is not FundDetected), i => Assert.IsType<Rejected>(i));
        Assert.Contains(items, i => i is FundDetected);
        var covered = items.Select(Items.SourceOf).OfType<SourceLocation>()
            .SelectMany(s => Enumerable.Range(s.Line, s.LineCount)).OrderBy(l => l).ToList();
        Assert.Equal(Enumerable.Range(1, lines), covered);
    }

    /// <summary>Each fund's items: the fund, then everything up to the next fund.</summary>
    private static List<(FundMetadata Fund, List<ReadItem> Items)> Funds(IReadOnlyList<ReadItem> items)
    {
        var funds = new List<(FundMetadata, List<ReadItem>)>();
        foreach (var item in items)
        {
            if (item is FundDetected d) funds.Add((d.Fund, []));
            else if (item is not EndOfFile && funds.Count > 0) funds[^1].Item2.Add(item);
        }
        return funds;
    }

    [Fact]
    public void Each_chosen_filing_is_a_fund_followed_by_its_holdings_and_every_line_is_accounted_for_once()
    {
        var items = Read(Zip());

        AssertEveryLineOnce(items, 15);
        var funds = Funds(items);
        Assert.Equal(2, funds.Count);

        var (asia, asiaItems) = funds[0];
        Assert.Equal("Illustrative Asia Equity Fund", asia.Name);
        Assert.Equal(MetadataOrigin.File, asia.NameFrom);
        Assert.Equal(new DateOnly(2026, 4, 30), asia.AsOf); // REPORT_DATE, not REPORT_ENDING_PERIOD (31-DEC-2026)
        Assert.Equal(126_000_000m, asia.StatedNetAssets);
        Assert.Equal(("Illustrative Series Trust", "9990001", "S000999101", "0009990001-26-000102"),
            (asia.Registrant, asia.Cik, asia.SeriesId, asia.AccessionNumber));
        Assert.Equal(NportDataSetReader.Layout, asia.Layout);

        // The March report of the same series is superseded by April's; the header comes with the first fund. A row of a
        // filing SUBMISSION does not list belongs to no fund: it comes before the first.
        var notHoldings = asiaItems.OfType<NotAHolding>().ToList();
        Assert.Equal([(2, 2), (1, 1)], notHoldings.Select(n => (n.Source.Line, n.Source.LineCount)));
        Assert.StartsWith("superseded by the later report of the same series, 0009990001-26-000102 (NPORT-P as of 2026-04-30, filed 2026-06-25)", notHoldings[0].What);
        Assert.Empty(asiaItems.OfType<Rejected>());
        var rejected = items.TakeWhile(i => i is not FundDetected).OfType<Rejected>().ToList();
        Assert.Equal([11], rejected.Select(r => r.Source.Line));
        Assert.Equal("its filing (accession 0009990004-26-000401) is not in SUBMISSION.tsv, so its fund is unknown", rejected[0].Reason);
        Assert.Equal(RejectionKind.NotInSubmission, rejected[0].Kind);
        Assert.StartsWith("0009990004-26-000401\t7000501\tIllustrative Orphan Co", rejected[0].RawText);

        // A value that cannot be read leaves the holding screened with its value unknown.
        var rows = Items.Rows(asiaItems);
        Assert.Equal([4, 5, 7, 8, 9, 13, 14, 15], rows.Select(r => r.Source.Line));
        Assert.Equal(((decimal?)null, "CURRENCY_VALUE '12,5x' is not a number"), (rows[4].MarketValue, rows[4].Unreadable));
        Assert.All(rows, r => Assert.Equal(Holdings, r.Source.File));

        var hikvision = rows[0];
        Assert.Equal("Hangzhou Hikvision Digital Technology Co Ltd", hikvision.Name);
        Assert.Equal(("002415", "BP3R2F1", null, null, null), (hikvision.Ticker, hikvision.Sedol, hikvision.Isin, hikvision.Cusip, hikvision.Lei));
        Assert.Equal("7000201", hikvision.HoldingId);
        // A CNY holding: CURRENCY_VALUE is item C.2.c, in US dollars; EXCHANGE_RATE is the rate the filer used. Not converted.
        Assert.Equal(693_750m, hikvision.MarketValue);
        Assert.Equal("USD", hikvision.Currency);
        Assert.Equal(0.550595238095m, hikvision.WeightPercent);
        Assert.Equal(150_000m, hikvision.Quantity);
        Assert.Equal("CN", hikvision.Country);
        Assert.Equal("Equity common (EC)", hikvision.AssetClass);
        Assert.Null(AssetClasses.ExclusionReason(hikvision));

        var tsmc = rows[1];
        Assert.Equal("TW0002330008", tsmc.Isin); // from IDENTIFIERS, joined on HOLDING_ID
        Assert.Equal("2330", tsmc.Ticker); // of two rows for the holding ("2330 TT", "2330"), the ordinally first
        Assert.Null(tsmc.Cusip); // 000000000 is no CUSIP
        Assert.Equal(6_804_000m, tsmc.MarketValue);

        var treasury = rows[2];
        Assert.Equal("Debt (DBT)", treasury.AssetClass);
        Assert.Equal("government debt (issuer category 'UST')", AssetClasses.ExclusionReason(treasury));
        Assert.Null(treasury.Isin); // a USER DEFINED other identifier is no ISIN, ticker or SEDOL

        var bond = rows[3]; // no ASSET_CAT, but DEBT_SECURITY gives its debt terms
        Assert.Equal("Debt (has debt terms in DEBT_SECURITY)", bond.AssetClass);
        Assert.Equal("CORP", bond.IssuerType);
        Assert.Null(AssetClasses.ExclusionReason(bond)); // a company's debt: screened
        Assert.Equal((5.00m, new DateOnly(2031, 6, 1), false), (bond.Coupon, bond.Maturity, bond.Convertible));
        Assert.Equal((4.25m, new DateOnly(2030, 5, 15)), (treasury.Coupon, treasury.Maturity));

        var (trust, trustItems) = funds[1];
        Assert.Equal("Illustrative Unit Investment Trust", trust.Name); // SERIES_NAME is N/A: the registrant's name
        Assert.Equal(("9990002", "S000999202", "0009990002-26-000202"), (trust.Cik, trust.SeriesId, trust.AccessionNumber));
        Assert.Equal(40_100_000m, trust.StatedNetAssets);
        var superseded = Assert.Single(trustItems.OfType<NotAHolding>());
        Assert.Equal(10, superseded.Source.Line);
        Assert.Equal("superseded by amendment 0009990002-26-000202 (NPORT-P/A as of 2026-04-30, filed 2026-06-10), which replaces it", superseded.What);
        var trustRows = Items.Rows(trustItems);
        Assert.Equal([6, 12], trustRows.Select(r => r.Source.Line)); // line 6 came among the Asia fund's rows: held back until the trust's turn
        Assert.Equal(412_500m, trustRows[0].MarketValue); // the amendment's figure, not the original's 410,000
        Assert.Equal("Derivative (FUT)", trustRows[1].AssetClass);
        Assert.NotNull(AssetClasses.ExclusionReason(trustRows[1]));
    }

    [Fact]
    public void Debt_terms_and_a_derivative_s_reference_notional_and_direction_come_from_their_tables()
    {
        var rows = Items.Rows(Read(Zip())).ToDictionary(r => r.HoldingId!);

        // DEBT_SECURITY: MATURITY_DATE and ANNUALIZED_RATE; IS_CONVTIBLE_CONTINGENT Y marks the convertible.
        var bond = rows["7000206"];
        Assert.Equal(("Debt (DBT)", 3.5m, new DateOnly(2030, 3, 15), false, (decimal?)null, (ReferenceInstrument?)null),
            (bond.AssetClass, bond.Coupon, bond.Maturity, bond.Convertible, bond.Notional, bond.Reference));
        var convertible = rows["7000207"];
        Assert.Equal((0.5m, new DateOnly(2029, 11, 1), true), (convertible.Coupon, convertible.Maturity, convertible.Convertible));
        Assert.False(rows["7000201"].Convertible); // shares have no debt terms
        Assert.Null(rows["7000201"].Maturity);

        // The total return swap: DESC_REF_OTHER names what it is written on, NONFOREIGN_EXCHANGE_SWAP gives its notional.
        var swap = rows["7000208"];
        Assert.Equal("Derivative - equity (DE)", swap.AssetClass);
        Assert.Equal(new ReferenceInstrument("Hangzhou Hikvision Digital Technology Co Ltd", "A shares", "CNE100000PM8", null, "002415"), swap.Reference);
        Assert.Equal((900_000m, "USD", 12_000m, "Long"), (swap.Notional, swap.NotionalCurrency, swap.MarketValue, swap.Direction));
        Assert.Null(swap.Unreadable);
        Assert.Null(rows["7000402"].Reference); // the index future names no reference instrument
    }

    /// <summary>Rewrites one table of a variant folder.</summary>
    private static void Edit(string folder, string table, Func<string, string> change)
    {
        var path = Path.Combine(folder, table);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    private const string SwapRow = "7000208\tN\t30-APR-2027\t0.000000000000\tUSD\t0.000000000000\tUSD\t900000.000000000000\tUSD\t12000.000000000000\t";

    [Fact]
    public void A_derivative_s_direction_comes_from_its_swap_legs_or_option_terms_when_its_payoff_profile_is_N_A()
    {
        // The form asks for N/A as a derivative's payoff profile (item C.3); the direction is in item C.11.
        static string PayoffNa(string t) => t.Replace("0.009523809524\tLong\tDE", "0.009523809524\tN/A\tDE", StringComparison.Ordinal);
        var receives = Variant(f => Edit(f, "FUND_REPORTED_HOLDING.tsv", PayoffNa));
        Assert.Equal("long, receives the reference's return", Items.Rows(Read(receives)).Single(r => r.HoldingId == "7000208").Direction);

        // The fund pays the company's return ("Other") and receives a floating rate: short the company.
        var pays = Variant(f =>
        {
            Edit(f, "FUND_REPORTED_HOLDING.tsv", PayoffNa);
            Edit(f, "NONFOREIGN_EXCHANGE_SWAP.tsv", t => t.Replace(SwapRow + "Other\t\t\t\tUSD\t\tFloating\t\tSOFR\t0.500000000000\tUSD\t",
                SwapRow + "Floating\t\tSOFR\t0.500000000000\tUSD\t\tOther\t\t\t\tUSD\t", StringComparison.Ordinal));
        });
        var shortSwap = Items.Rows(Read(pays)).Single(r => r.HoldingId == "7000208");
        Assert.Equal("short, pays the reference's return", shortSwap.Direction);
        Assert.True(ShortPositions.SaysShort(shortSwap.Direction));

        // A credit default swap's legs do not say whether it is long the company: its direction stays unknown.
        var cds = Variant(f =>
        {
            Edit(f, "FUND_REPORTED_HOLDING.tsv", t => PayoffNa(t).Replace("Total return swap on Hangzhou Hikvision A shares", "CDS on Hangzhou Hikvision", StringComparison.Ordinal));
        });
        Assert.Null(Items.Rows(Read(cds)).Single(r => r.HoldingId == "7000208").Direction);

        // Options: a written call and a purchased put gain when the company's shares fall (short); a purchased call and a written put, when they rise.
        var options = Variant(f =>
        {
            Edit(f, "FUND_REPORTED_HOLDING.tsv", PayoffNa);
            File.Delete(Path.Combine(f, "NONFOREIGN_EXCHANGE_SWAP.tsv"));
            File.WriteAllText(Path.Combine(f, "SWAPTION_OPTION_WARNT_DERIV.tsv"),
                "HOLDING_ID\tSWAPTION_OPTION_WARNT_DERIV_ID\tPUT_OR_CALL\tWRITTEN_OR_PURCHASED\tSHARE_NUMBER\n7000208\t8900208\t{0}\t{1}\t100000\n");
        });
        foreach (var (putOrCall, written, expected) in new[]
                 {
                     ("Call", "Written", "Written Call, short"), ("Put", "Purchased", "Purchased Put, short"),
                     ("Call", "Purchased", "Purchased Call, long"), ("Put", "Written", "Written Put, long"),
                 })
        {
            Edit(options, "SWAPTION_OPTION_WARNT_DERIV.tsv", t => string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "HOLDING_ID\tSWAPTION_OPTION_WARNT_DERIV_ID\tPUT_OR_CALL\tWRITTEN_OR_PURCHASED\tSHARE_NUMBER\n7000208\t8900208\t{0}\t{1}\t100000\n", putOrCall, written));
            var option = Items.Rows(Read(options)).Single(r => r.HoldingId == "7000208");
            Assert.Equal(expected, option.Direction);
            Assert.Equal(expected.EndsWith("short", StringComparison.Ordinal), ShortPositions.SaysShort(option.Direction));
        }
    }

    [Theory]
    [InlineData("IDENTIFIERS.tsv", "7000201\t8000201\t", "7000201\t", "IDENTIFIERS.tsv, line 5: the row has 5 fields, the header 6")]
    [InlineData("DESC_REF_OTHER.tsv", "7000208\t8500208\t", "7000208\t", "DESC_REF_OTHER.tsv, line 2: the row has 8 fields, the header 9")]
    [InlineData("DEBT_SECURITY.tsv", "7000206\t15-MAR-2030\tFixed", "7000206\tFixed", "DEBT_SECURITY.tsv, line 4: the row has 8 fields, the header 9")]
    [InlineData("NONFOREIGN_EXCHANGE_SWAP.tsv", "7000208\tN\t", "70002O8\tN\t", "NONFOREIGN_EXCHANGE_SWAP.tsv, line 2: HOLDING_ID '70002O8' is not a number")]
    [InlineData("DEBT_SECURITY_REF_INSTRUMENT.tsv", "7000207\t", "\t7000207\t", "DEBT_SECURITY_REF_INSTRUMENT.tsv, line 2: the row has")]
    public void A_broken_row_of_a_table_a_holding_is_read_with_fails_naming_the_table_and_line(string table, string from, string to, string expected)
    {
        var folder = Variant(f => Edit(f, table, t =>
        {
            Assert.Contains(from, t, StringComparison.Ordinal);
            return t.Replace(from, to, StringComparison.Ordinal);
        }));
        var e = Assert.Throws<DataException>(() => Read(folder));
        Assert.StartsWith("2026q2_nport.zip/" + expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holding_s_ISIN_given_as_its_other_identifier_is_read_when_its_check_digit_is_valid()
    {
        var folder = Variant(f => Edit(f, "IDENTIFIERS.tsv", t => t
            .Replace("7000201\t8000201\t\t002415\t\t", "7000201\t8000201\t\t002415\tCNE100000PM8\tISIN", StringComparison.Ordinal)
            .Replace("7000202\t8000203\tTW0002330008\t2330\t\t", "7000202\t8000203\t\t2330\tTW0002330009\tISIN", StringComparison.Ordinal)));
        var rows = Items.Rows(Read(folder)).ToDictionary(r => r.HoldingId!);
        Assert.Equal("CNE100000PM8", rows["7000201"].Isin);
        Assert.Null(rows["7000202"].Isin); // its check digit is wrong
    }

    [Fact]
    public void A_notional_keeps_the_currency_its_row_states()
    {
        var folder = Variant(f =>
        {
            var swap = Path.Combine(f, "NONFOREIGN_EXCHANGE_SWAP.tsv");
            File.WriteAllText(swap, File.ReadAllText(swap).Replace("\t900000.000000000000\tUSD\t", "\t900000.000000000000\tCNY\t", StringComparison.Ordinal));
        });
        var swapRow = Items.Rows(Read(folder)).Single(r => r.HoldingId == "7000208");
        // CURRENCY_VALUE is in US dollars (item C.2.c); the notional is in the currency its own row states.
        Assert.Equal((900_000m, "CNY", "USD", 12_000m), (swapRow.Notional, swapRow.NotionalCurrency, swapRow.Currency, swapRow.MarketValue));
    }

    [Fact]
    public void A_convertible_is_known_by_its_conversion_rows_and_an_unreadable_term_is_unknown_not_zero()
    {
        var folder = Variant(f =>
        {
            var debt = Path.Combine(f, "DEBT_SECURITY.tsv");
            // Both flags N, maturity not a date: the conversion rows still make it a convertible; its maturity is unknown.
            File.WriteAllText(debt, File.ReadAllText(debt).Replace("7000207\t01-NOV-2029\tFixed\t0.500000000000\tN\tN\tN\tN\tY",
                "7000207\tsoon\tFixed\t0.500000000000\tN\tN\tN\tN\tN", StringComparison.Ordinal));
            var swap = Path.Combine(f, "NONFOREIGN_EXCHANGE_SWAP.tsv");
            File.WriteAllText(swap, File.ReadAllText(swap).Replace("900000.000000000000", "9x", StringComparison.Ordinal));
        });
        var rows = Items.Rows(Read(folder)).ToDictionary(r => r.HoldingId!);
        var convertible = rows["7000207"];
        Assert.Equal((true, (DateOnly?)null, 0.5m), (convertible.Convertible, convertible.Maturity, convertible.Coupon));
        Assert.Equal("DEBT_SECURITY.tsv line 5: MATURITY_DATE 'soon' is not a date", convertible.Unreadable);
        var swapRow = rows["7000208"];
        Assert.Null(swapRow.Notional);
        Assert.Equal("NONFOREIGN_EXCHANGE_SWAP.tsv line 2: NOTIONAL_AMOUNT '9x' is not a number", swapRow.Unreadable);
        Assert.Equal("CNE100000PM8", swapRow.Reference?.Isin);

        // Without the derivative and conversion tables (an older data set), the holdings read as before, without those terms.
        var bare = Variant(f =>
        {
            foreach (var t in new[] { "DESC_REF_OTHER.tsv", "NONFOREIGN_EXCHANGE_SWAP.tsv", "DEBT_SECURITY_REF_INSTRUMENT.tsv", "CONVERTIBLE_SECURITY_CURRENCY.tsv" })
                File.Delete(Path.Combine(f, t));
        });
        var bareRows = Items.Rows(Read(bare)).ToDictionary(r => r.HoldingId!);
        Assert.Equal(((ReferenceInstrument?)null, (decimal?)null), (bareRows["7000208"].Reference, bareRows["7000208"].Notional));
        Assert.True(bareRows["7000207"].Convertible); // IS_CONVTIBLE_CONTINGENT Y
    }

    [Fact]
    public void The_unpacked_folder_reads_as_the_zip_does()
    {
        var fromZip = Read(Zip());
        var fromFolder = NportDataSetReader.Read(FixtureFolder, "2026q2_nport.zip").ToList();
        Assert.Equal(fromZip.Count, fromFolder.Count);
        Assert.Equal(fromZip.Select(Describe), fromFolder.Select(Describe));
    }

    [Fact]
    public void Tables_in_a_folder_inside_the_zip_are_found()
    {
        var outer = Path.Combine(_temp.Path, "outer");
        var inner = Path.Combine(outer, "2026q2_nport");
        Directory.CreateDirectory(inner);
        foreach (var file in Directory.GetFiles(FixtureFolder)) File.Copy(file, Path.Combine(inner, Path.GetFileName(file)));
        var zip = Zip(outer, "nested.zip");
        Assert.Equal(Read(Zip()).Select(Describe), Read(zip).Select(Describe));
    }

    [Fact]
    public void Every_month_on_request_makes_each_report_date_its_own_fund_and_amendments_still_replace()
    {
        var items = Read(Zip(), NportMonths.All);

        AssertEveryLineOnce(items, 15);
        var funds = Funds(items);
        Assert.Equal(
            [("Illustrative Asia Equity Fund", new DateOnly(2026, 3, 31), 2), ("Illustrative Asia Equity Fund", new DateOnly(2026, 4, 30), 8),
             ("Illustrative Unit Investment Trust", new DateOnly(2026, 4, 30), 2)],
            funds.Select(f => (f.Fund.Name, f.Fund.AsOf!.Value, Items.Rows(f.Items).Count)));
        Assert.Equal(651_000m, Items.Rows(funds[0].Items)[0].MarketValue);
        Assert.Contains(funds[2].Items.OfType<NotAHolding>(), n => n.Source.Line == 10 && n.What.StartsWith("superseded by amendment", StringComparison.Ordinal));
    }

    [Fact]
    public void Detection_knows_a_data_set_zip_and_folder_from_a_workbook()
    {
        Assert.Equal(HoldingsFormat.NportDataSet, HoldingsReaders.Detect(Zip(), "2026q2_nport.zip"));
        Assert.Equal(HoldingsFormat.NportDataSet, HoldingsReaders.Detect(FixtureFolder, "2026q2_nport"));
        var e = Assert.Throws<DataException>(() => HoldingsReaders.Detect(_temp.Path, "somewhere"));
        Assert.Contains("a folder, not a holdings file", e.Message);

        var other = Path.Combine(_temp.Path, "other.zip");
        using (var zip = ZipFile.Open(other, ZipArchiveMode.Create)) zip.CreateEntry("readme.txt");
        Assert.Equal(HoldingsFormat.Xlsx, HoldingsReaders.Detect(other, "other.zip"));

        var items = HoldingsReaders.Read(Zip(), "2026q2_nport.zip").ToList();
        Assert.Equal(2, items.OfType<FundDetected>().Count());
    }

    [Fact]
    public void A_truncated_zip_is_said_to_be_a_damaged_zip_not_a_broken_workbook()
    {
        var whole = File.ReadAllBytes(Zip());
        var cut = Path.Combine(_temp.Path, "2026q2_nport.zip");
        File.WriteAllBytes(cut, whole[..3000]);

        var e = Assert.Throws<DataException>(() => HoldingsReaders.Detect(cut, "2026q2_nport.zip"));
        Assert.Equal("2026q2_nport.zip: a zip archive that could not be read: it is damaged or truncated (its directory at the end is missing or broken)", e.Message);
        Assert.DoesNotContain("xlsx", e.Message, StringComparison.OrdinalIgnoreCase);
        // Named as a workbook, it is refused as one.
        var book = Path.Combine(_temp.Path, "cut.xlsx");
        File.WriteAllBytes(book, whole[..3000]);
        Assert.Equal(HoldingsFormat.Xlsx, HoldingsReaders.Detect(book, "cut.xlsx"));
    }

    [Fact]
    public void A_table_grouped_by_filing_is_given_in_its_own_order()
    {
        var folder = Variant(f =>
        {
            var path = Path.Combine(f, "FUND_REPORTED_HOLDING.tsv");
            var lines = File.ReadAllLines(path);
            File.WriteAllLines(path, [lines[0], .. lines.Skip(1).OrderBy(l => l[..20], StringComparer.Ordinal)]);
        });
        var items = Read(folder);
        AssertEveryLineOnce(items, 15);
        var rowLines = items.OfType<HoldingRead>().Select(h => h.Row.Source.Line).ToList();
        Assert.Equal(rowLines.Order(), rowLines);
    }

    [Fact]
    public void Rows_of_a_filing_spread_wider_than_the_limit_are_refused_naming_the_line()
    {
        var e = Assert.Throws<DataException>(() => Read(Zip(), limits: new DataSetLimits(MaxReorderBytes: 100)));
        Assert.Equal($"{Holdings}, line 6: the rows of filing 0009990002-26-000202 are spread through the table, among other filings' rows, more widely than 0 MB of held-back rows can put together", e.Message);
    }

    [Fact]
    public void A_zip_that_unpacks_far_beyond_its_size_is_refused_before_reading()
    {
        var folder = Variant(f => File.AppendAllText(Path.Combine(f, "EXPLANATORY_NOTE.tsv"), new string(' ', 4 * 1024 * 1024)));
        var e = Assert.Throws<DataException>(() => Read(Zip(folder)));
        Assert.StartsWith("2026q2_nport.zip: refused as a possible zip bomb: entry 'EXPLANATORY_NOTE.tsv' is compressed", e.Message);

        var big = Assert.Throws<DataException>(() => Read(Zip(), limits: new DataSetLimits(MaxEntryBytes: 1024)));
        Assert.Contains("unpacks to 3.1 KB, more than the 1 KB allowed for one entry", big.Message);
        var many = Assert.Throws<DataException>(() => Read(Zip(), limits: new DataSetLimits(MaxEntries: 3)));
        Assert.Contains("the zip holds 11 entries, more than the 3 allowed", many.Message);
    }

    [Fact]
    public void A_data_set_without_submissions_or_with_a_foreign_header_fails_with_one_line()
    {
        var noSubmission = Variant(f => File.Delete(Path.Combine(f, "SUBMISSION.tsv")));
        var e = Assert.Throws<DataException>(() => Read(noSubmission));
        Assert.Equal("2026q2_nport.zip: not a complete N-PORT data set: it has FUND_REPORTED_HOLDING.tsv but no SUBMISSION.tsv", e.Message);

        var badHeader = Variant(f =>
        {
            var path = Path.Combine(f, "FUND_REPORTED_HOLDING.tsv");
            File.WriteAllText(path, File.ReadAllText(path).Replace("CURRENCY_VALUE", "VALUE_USD", StringComparison.Ordinal));
        });
        var h = Assert.Throws<DataException>(() => Read(badHeader));
        Assert.Equal($"{Holdings}, line 1: the header has no CURRENCY_VALUE column; not a table of an SEC N-PORT data set", h.Message);

        var badDate = Variant(f =>
        {
            var path = Path.Combine(f, "SUBMISSION.tsv");
            File.WriteAllText(path, File.ReadAllText(path).Replace("30-APR-2026", "2026/04/30", StringComparison.Ordinal));
        });
        var d = Assert.Throws<DataException>(() => Read(badDate));
        Assert.Equal("2026q2_nport.zip/SUBMISSION.tsv, line 3: REPORT_DATE '2026/04/30' is not a date such as 30-APR-2026", d.Message);

        // A report without its date is refused rather than dropped (an older month would be reported in its place).
        foreach (var missing in new[] { "", "N/A" })
        {
            var noDate = Variant(f => Edit(f, "SUBMISSION.tsv", t => t.Replace("NPORT-P\t31-DEC-2026\t30-APR-2026", "NPORT-P\t31-DEC-2026\t" + missing, StringComparison.Ordinal)));
            var n = Assert.Throws<DataException>(() => Read(noDate));
            Assert.Equal("2026q2_nport.zip/SUBMISSION.tsv, line 3: REPORT_DATE of filing 0009990001-26-000102 is empty or N/A; a report's date (such as 30-APR-2026) is needed to tell it from its series' other reports", n.Message);
        }

        var badType = Variant(f => Edit(f, "SUBMISSION.tsv", t => t.Replace("811-99901\tNPORT-P\t31-DEC-2026\t30-APR-2026", "811-99901\tNPORT-X\t31-DEC-2026\t30-APR-2026", StringComparison.Ordinal)));
        var b = Assert.Throws<DataException>(() => Read(badType));
        Assert.StartsWith("2026q2_nport.zip/SUBMISSION.tsv, line 3: SUB_TYPE 'NPORT-X' is not a form of N-PORT", b.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_set_without_its_series_table_or_with_a_header_missing_a_column_read_fails_naming_the_table()
    {
        // Without FUND_REPORTED_INFO every series of a trust would be one fund, without its net assets: refused.
        var noInfo = Variant(f => File.Delete(Path.Combine(f, "FUND_REPORTED_INFO.tsv")));
        var e = Assert.Throws<DataException>(() => Read(noInfo));
        Assert.Equal("2026q2_nport.zip: not a complete N-PORT data set: it has FUND_REPORTED_HOLDING.tsv but no FUND_REPORTED_INFO.tsv " +
            "(each filing's series and net assets)", e.Message);
        Assert.Throws<DataException>(() => Read(Zip(noInfo)));

        foreach (var (table, column) in new[]
                 {
                     ("IDENTIFIERS.tsv", "IDENTIFIER_ISIN"), ("IDENTIFIERS.tsv", "OTHER_IDENTIFIER_DESC"), ("FUND_REPORTED_INFO.tsv", "NET_ASSETS"),
                     ("FUND_REPORTED_INFO.tsv", "SERIES_ID"), ("REGISTRANT.tsv", "CIK"), ("REGISTRANT.tsv", "REGISTRANT_NAME"),
                 })
        {
            var renamed = Variant(f =>
            {
                var path = Path.Combine(f, table);
                var lines = File.ReadAllLines(path);
                lines[0] = string.Join('\t', lines[0].Split('\t').Select(c => c == column ? "X_" + column : c));
                File.WriteAllLines(path, lines);
            });
            var h = Assert.Throws<DataException>(() => Read(renamed));
            Assert.Equal($"2026q2_nport.zip/{table}, line 1: the header has no {column} column; not a table of an SEC N-PORT data set", h.Message);
        }
    }

    [Fact]
    public void A_data_set_without_registrants_or_identifiers_is_read_and_says_what_it_was_read_without()
    {
        var full = Read(FixtureFolder);
        Assert.Empty(full.OfType<InputNote>());

        var noRegistrant = Read(Variant(f => File.Delete(Path.Combine(f, "REGISTRANT.tsv"))));
        var note = Assert.Single(noRegistrant.OfType<InputNote>());
        Assert.Equal("2026q2_nport.zip", note.File);
        Assert.StartsWith("the data set has no REGISTRANT.tsv: no fund's registrant or CIK is known, and a fund whose filing gives no series name", note.Text);
        Assert.IsType<InputNote>(noRegistrant[0]);
        AssertEveryLineOnce(noRegistrant.Skip(1).ToList(), 15);
        var funds = Funds(noRegistrant).Select(f => f.Fund).ToList();
        // The series are still told apart, by series id; the single-series trust (SERIES_NAME N/A) is named by its filing.
        Assert.Equal([("Illustrative Asia Equity Fund", (string?)null, (string?)null, "S000999101"), ("0009990002-26-000202", null, null, "S000999202")],
            funds.Select(f => (f.Name, f.Registrant, f.Cik, f.SeriesId)));
        Assert.Equal(MetadataOrigin.Unknown, funds[1].NameFrom);
        Assert.Equal(Items.Rows(full).Count, Items.Rows(noRegistrant).Count);

        var noIdentifiers = Read(Variant(f => File.Delete(Path.Combine(f, "IDENTIFIERS.tsv"))));
        var idNote = Assert.Single(noIdentifiers.OfType<InputNote>());
        Assert.Equal("the data set has no IDENTIFIERS.tsv: holdings were matched without ISINs, tickers or SEDOLs (by CUSIP, LEI and name only), " +
            "so a holding that only its ISIN would have matched is not matched.", idNote.Text);
        var rows = Items.Rows(noIdentifiers);
        Assert.Equal(Items.Rows(full).Count, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Isin));
    }

    [Fact]
    public void An_amendment_of_an_earlier_month_is_kept_beside_the_latest_report_so_it_can_replace_its_original_in_another_data_set()
    {
        var folder = NportFilings.Write(Path.Combine(_temp.Path, "q3"),
            new NportFiling("0001000001-26-000009", "15-JUL-2026", "30-APR-2026", "S000000001", "Alpha Growth Fund", "1000001", "Alpha Trust", [], "NPORT-P/A"),
            new NportFiling("0001000001-26-000010", "20-AUG-2026", "31-JUL-2026", "S000000001", "Alpha Growth Fund", "1000001", "Alpha Trust", []),
            new NportFiling("0001000001-26-000005", "20-JUN-2026", "31-MAY-2026", "S000000001", "Alpha Growth Fund", "1000001", "Alpha Trust", []));

        var items = Read(folder);
        AssertEveryLineOnce(items, 4);
        // The July report is the latest; the April amendment stays a report of its own date; May's original is superseded.
        Assert.Equal([("0001000001-26-000009", "NPORT-P/A", new DateOnly(2026, 4, 30)), ("0001000001-26-000010", "NPORT-P", new DateOnly(2026, 7, 31))],
            Funds(items).Select(f => (f.Fund.AccessionNumber, f.Fund.FormType, f.Fund.AsOf!.Value)).OrderBy(f => f.Item3));
        Assert.Equal(new DateOnly(2026, 7, 15), Funds(items).Single(f => f.Fund.FormType == "NPORT-P/A").Fund.FiledOn);
        Assert.Contains(items.OfType<NotAHolding>(), n => n.What.StartsWith("superseded by the later report of the same series, 0001000001-26-000010", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_lines_and_a_missing_final_line_break_are_counted()
    {
        var folder = Variant(f =>
        {
            var path = Path.Combine(f, "FUND_REPORTED_HOLDING.tsv");
            var lines = File.ReadAllLines(path);
            File.WriteAllText(path, string.Join("\r\n", [.. lines[..4], "", .. lines[4..]]));
        });
        var items = Read(folder);
        AssertEveryLineOnce(items, 16);
        Assert.Contains(items.OfType<NotAHolding>(), n => n.Source.Line == 5 && n.What == "blank line");
        Assert.Equal(10, items.OfType<HoldingRead>().Count());
    }

    private static string Describe(ReadItem item) => item switch
    {
        FundDetected d => $"fund {d.Fund.Name} {d.Fund.AccessionNumber}",
        HoldingRead h => $"row {h.Row.Source.Line} {h.Row.Name} {h.Row.MarketValue} {h.Row.Isin} {h.Row.Ticker} {h.Row.Coupon} {h.Row.Maturity} {h.Row.Convertible} {h.Row.Notional} {h.Row.Direction} {h.Row.Reference}",
        NotAHolding n => $"not {n.Source} {n.What}",
        Rejected r => $"rejected {r.Source} {r.Reason}",
        EndOfFile e => $"end {e.Lines}",
        _ => item.ToString()!,
    };

    [Fact]
    public void A_holding_s_payoff_profile_short_is_its_direction_with_its_negative_value()
    {
        var folder = Variant(f =>
        {
            var table = Path.Combine(f, "FUND_REPORTED_HOLDING.tsv");
            var text = File.ReadAllText(table);
            const string Long = "7000201\tHangzhou Hikvision Digital Technology Co Ltd";
            Assert.Contains(Long, text);
            var lines = text.Split('\n').Select(l => l.Contains(Long, StringComparison.Ordinal)
                ? l.Replace("\t693750.000000000000\t", "\t-693750.000000000000\t", StringComparison.Ordinal)
                    .Replace("\t0.550595238095\tLong\t", "\t-0.550595238095\tShort\t", StringComparison.Ordinal)
                : l);
            File.WriteAllText(table, string.Join('\n', lines));
        });
        var rows = Items.Rows(Read(Zip(folder))).ToDictionary(r => r.HoldingId!);

        var hikvision = rows["7000201"];
        Assert.Equal(("Short", -693_750m, -0.550595238095m), (hikvision.Direction, hikvision.MarketValue, hikvision.WeightPercent));
        Assert.Equal(InstrumentType.Equity, AssetClasses.Classify(hikvision).Type);
        Assert.Equal(ShortEvidence.Direction, ShortPositions.Of(InstrumentType.Equity, hikvision.Direction, hikvision.MarketValue));
        Assert.Equal("Long", rows["7000202"].Direction);
    }

    /// <summary>The fixture with every line of <paramref name="table"/> that begins with <paramref name="accession"/> taken out.</summary>
    private string Without(string table, string accession) => Variant(f =>
    {
        var path = Path.Combine(f, table);
        var lines = File.ReadAllLines(path);
        Assert.Contains(lines, l => l.StartsWith(accession, StringComparison.Ordinal));
        File.WriteAllLines(path, lines.Where(l => !l.StartsWith(accession, StringComparison.Ordinal)));
    });

    [Fact]
    public void A_chosen_report_with_no_holdings_rows_is_a_fund_with_no_holdings_in_dollars_whatever_it_supersedes()
    {
        // A liquidated fund: its latest report (April) lists no holdings; its March rows are superseded by it.
        var liquidated = Read(Without("FUND_REPORTED_HOLDING.tsv", "0009990001-26-000102"));
        AssertEveryLineOnce(liquidated, 7);
        var funds = Funds(liquidated);
        Assert.Equal(["0009990001-26-000102", "0009990002-26-000202"], funds.Select(f => f.Fund.AccessionNumber));
        var (asia, asiaItems) = funds[0];
        Assert.Equal(("Illustrative Asia Equity Fund", 126_000_000m, "USD"), (asia.Name, asia.StatedNetAssets, asia.StatedNetAssetsCurrency));
        Assert.Empty(Items.Rows(asiaItems));
        Assert.StartsWith("superseded by the later report of the same series, 0009990001-26-000102", asiaItems.OfType<NotAHolding>().First().What);

        // An amendment that lists no holdings replaces its original all the same: the trust's report has none.
        var emptyAmendment = Funds(Read(Without("FUND_REPORTED_HOLDING.tsv", "0009990002-26-000202")));
        var (trust, trustItems) = emptyAmendment.Single(f => f.Fund.SeriesId == "S000999202");
        Assert.Equal(("0009990002-26-000202", 40_100_000m, "USD"), (trust.AccessionNumber, trust.StatedNetAssets, trust.StatedNetAssetsCurrency));
        Assert.Empty(Items.Rows(trustItems));
        Assert.Equal("superseded by amendment 0009990002-26-000202 (NPORT-P/A as of 2026-04-30, filed 2026-06-10), which replaces it",
            Assert.Single(trustItems.OfType<NotAHolding>()).What);

        // A report with no rows and nothing it supersedes is a fund too, after the funds with rows.
        var closed = Read(Variant(f =>
        {
            File.AppendAllText(Path.Combine(f, "SUBMISSION.tsv"), "0009990007-26-000701\t26-JUN-2026\t811-99907\tNPORT-P\t31-DEC-2026\t30-APR-2026\tY\n");
            File.AppendAllText(Path.Combine(f, "REGISTRANT.tsv"), "0009990007-26-000701\t9990007\tIllustrative Closed Trust\t811-99907\tN/A\t7 Example Street\t\tExampleton\tUS-NY\tUS\t10001\tN/A\n");
            var info = Path.Combine(f, "FUND_REPORTED_INFO.tsv");
            var row = File.ReadAllLines(info)[1].Split('\t');
            (row[0], row[1], row[2], row[6]) = ("0009990007-26-000701", "Illustrative Closed Fund", "S000999701", "0.00");
            File.AppendAllText(info, string.Join('\t', row) + "\n");
        }));
        AssertEveryLineOnce(closed, 15);
        var last = Funds(closed)[^1];
        Assert.Equal(("Illustrative Closed Fund", "S000999701", 0m, "USD"), (last.Fund.Name, last.Fund.SeriesId, last.Fund.StatedNetAssets, last.Fund.StatedNetAssetsCurrency));
        Assert.Empty(last.Items);
        Assert.Equal(3, Funds(closed).Count);
    }

    [Fact]
    public void A_filing_that_FUND_REPORTED_INFO_does_not_describe_is_no_fund_and_its_rows_are_rejected_with_a_note()
    {
        // The trust's amendment is in SUBMISSION and REGISTRANT but not FUND_REPORTED_INFO: its series is unknown.
        var items = Read(Without("FUND_REPORTED_INFO.tsv", "0009990002-26-000202"));

        var note = Assert.Single(items.OfType<InputNote>());
        Assert.Equal("a filing in SUBMISSION.tsv, 0009990002-26-000202 (NPORT-P/A as of 2026-04-30, filed 2026-06-10), has no row in FUND_REPORTED_INFO.tsv: " +
            "the series it reports on is unknown (no other table names it), so it is no fund's report, and its 2 holdings rows are rejected, counted in no fund.", note.Text);
        AssertEveryLineOnce(items.Skip(1).ToList(), 15);
        var rejected = items.TakeWhile(i => i is not FundDetected).OfType<Rejected>().Where(r => r.Kind == RejectionKind.NoFundInfo).ToList();
        Assert.Equal([6, 12], rejected.Select(r => r.Source.Line));
        Assert.All(rejected, r => Assert.Equal("its filing (accession 0009990002-26-000202) has no row in FUND_REPORTED_INFO.tsv, so its series (its fund) is unknown", r.Reason));

        // One fund per series: the trust's is its original report, which nothing described replaces.
        var funds = Funds(items).Select(f => f.Fund).ToList();
        Assert.Equal([("S000999101", "0009990001-26-000102"), ("S000999202", "0009990002-26-000201")], funds.Select(f => (f.SeriesId, f.AccessionNumber)));
        Assert.Equal(40_000_000m, funds[1].StatedNetAssets);
    }
}

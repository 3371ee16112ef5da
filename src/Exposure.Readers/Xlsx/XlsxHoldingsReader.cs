using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Csv;

namespace Exposure.Readers.Xlsx;

/// <summary>
/// Reads holdings from an Excel workbook (.xlsx, .xlsm): a named sheet, or the first visible worksheet with a holdings
/// header, streamed row by row; the fund names the workbook's other sheets with holdings (<see cref="Core.Holdings.OtherSheets"/>). The
/// header row is found by its content as in CSV files, with the preamble above it (fund name, "Fund Holdings as of",
/// "Net Assets") read the same way. Each spreadsheet row is one line, numbered as Excel numbers it; rows the file does
/// not store (gaps) are blank lines, so the lines add up to the last row's number. The workbook is checked as a zip
/// (entries, sizes, compression ratio) before any of its XML is parsed.
/// </summary>
/// <remarks>
/// The rules of the CSV reader apply: total lines, section headings and the repeated header (<see cref="HoldingRecords"/>,
/// <see cref="RepeatedHeader"/>), footer (<see cref="ShortLines"/>: a sheet stores no empty cells, so a row that ends
/// before the first market value or weight column is a row with those empty, and footer only after the data), and the
/// preamble's net assets and as-of date (<see cref="StatedNetAssets"/>, <see cref="StatedAsOf"/>), so that the same
/// holdings give the same figures as CSV or as a workbook. Merged cells read as the sheet shows them
/// (<see cref="SheetRows.CarryMergedRanges"/>); a formula with no saved result, or an amount merged over several rows
/// that hold cells of their own, is unknown with the reason. An amount merged over its row and otherwise blank rows below
/// it (a row made taller) is that row's.
/// </remarks>
public static class XlsxHoldingsReader
{
    private const int MaxPreambleRows = HeaderRows.MaxLinesAbove;

    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How errors and reports name the file (the path as the user gave it).</param>
    /// <param name="sheetName">The sheet to read (case-insensitive; a hidden one too); null for the first visible worksheet with a holdings header.</param>
    /// <param name="limits">Limits on what the zip may unpack to; null for <see cref="XlsxLimits.Default"/>.</param>
    public static IEnumerable<ReadItem> Read(string path, string displayName, string? sheetName = null, XlsxLimits? limits = null)
    {
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        if (new FileInfo(path).Length == 0) throw new DataException(displayName, null, "the file is empty");
        limits ??= XlsxLimits.Default;
        WorkbookGuard.Check(path, displayName, limits);
        return ReadChecked(path, displayName, sheetName, limits);
    }

    private static IEnumerable<ReadItem> ReadChecked(string path, string displayName, string? sheetName, XlsxLimits limits)
    {
        using var document = Guard(displayName, () => SpreadsheetDocument.Open(path, false, new OpenSettings
        {
            MaxCharactersInPart = limits.MaxEntryBytes,
        }));
        var (sheet, otherSheets, withHoldings, rows, part) = Guard(displayName, () => OpenSheet(document, displayName, sheetName));
        using var _ = rows;
        rows.CarryMergedRanges();

        var preamble = new SheetPreamble(rows.Date1904);
        var pending = new List<ReadItem>();
        ColumnMap? map = null;
        ShortLines? shortLines = null;
        var firstFigure = 0;
        var last = 0;
        var preambleRows = 0;
        // The heading the rows stand under where it says what they are (Cash, Futures), in a sheet with no asset-class column.
        SectionHeading? under = null;

        while (rows.Next() is { } row)
        {
            if (row.Number > last + 1)
            {
                var gap = new NotAHolding(new SourceLocation(displayName, last + 1, row.Number - last - 1), "blank line");
                if (shortLines is null) pending.Add(gap);
                else foreach (var item in shortLines.Blank(gap.Source)) yield return item;
            }
            last = row.Number;
            var source = new SourceLocation(displayName, row.Number);
            var texts = row.Texts;

            if (map is null)
            {
                map = row.Filled > 0 ? ColumnMap.TryDetect(texts) : null;
                if (map is null)
                {
                    if (++preambleRows > MaxPreambleRows)
                        throw NoHeader(displayName, sheet, otherSheets, preamble, $"in the first {MaxPreambleRows} rows");
                    pending.Add(preamble.Take(row) is { } unread
                        ? new Rejected(source, unread, HoldingRecords.JoinAsCsv(texts))
                        : new NotAHolding(source, row.Filled == 0 ? "blank line" : "preamble"));
                    continue;
                }
                if (!map.HasValueOrWeight) throw new DataException(displayName, row.Number, $"sheet '{sheet}': {map.NoValueColumn()}");
                map = IsinByContent(rows, part, map, row.Number);
                yield return new FundDetected(preamble.ToMetadata(displayName, sheet, map) with { OtherSheets = withHoldings, Sheet = sheet });
                foreach (var p in pending) yield return p;
                pending.Clear();
                yield return new NotAHolding(source, HeaderRows.What);
                shortLines = ShortLines.ForSheet();
                firstFigure = FirstFigureColumn(map);
                continue;
            }

            if (row.Filled == 0)
            {
                foreach (var item in shortLines!.Blank(source)) yield return item;
                continue;
            }
            // A heading merged across the table's columns is not a company's row, whatever words it has ("Equities — Hong
            // Kong"): a section heading among the rows, footer after them (a notice merged across the page).
            if (row.IsHeadingAcross && row.LastFilled < firstFigure)
            {
                under = map.Has(ColumnRole.AssetClass) ? null : SectionHeadings.Under(texts.FirstOrDefault(t => t.Trim().Length > 0) ?? "", row.Number);
                foreach (var item in shortLines!.Unfilled(source, new NotAHolding(source, SectionHeadings.What), footer: true)) yield return item;
                continue;
            }
            if (RepeatedHeader.Is(texts, map))
            {
                foreach (var item in shortLines!.Row()) yield return item;
                yield return new NotAHolding(source, RepeatedHeader.What);
                continue;
            }

            var current = map;
            // An amount merged over several rows that hold cells of their own is the rows' together: not carried into each,
            // nor taken as the first's. Merged over its row and blank rows only, it is the row's (MergedAmounts).
            var mergedAmounts = row.HasMerged ? MergedAmounts(row, map, rows) : [];
            if (mergedAmounts.Count > 0)
            {
                var unmerged = texts.ToArray();
                foreach (var (i, _) in mergedAmounts) unmerged[i] = "";
                texts = unmerged;
            }
            var read = HoldingRecords.ToItem(
                source,
                () => HoldingRecords.JoinAsCsv(texts),
                role => current.Get(texts, role),
                current.HeaderOf,
                NumberParser.TryParse,
                headerCurrency: current.ValueCurrency,
                section: under);
            if (read is NotAHolding { What: SectionHeadings.What } && !map.Has(ColumnRole.AssetClass))
                under = SectionHeadings.Under(map.Get(texts, ColumnRole.Name) ?? map.Get(texts, ColumnRole.Ticker) ?? "", row.Number);
            if (row.HasUncalculated || mergedAmounts.Count > 0) read = WithUnknown(read, Unknown(row, map, mergedAmounts), source, texts);
            // A row that ends before the first market value or weight column states no figure; a sheet stores no empty
            // cells, so it is a row with its figures empty, read as one inside the data block and footer after it. A
            // section heading stands alone on its row, and stays one.
            if (row.LastFilled < firstFigure && read is not NotAHolding)
            {
                foreach (var item in shortLines!.Unfilled(source, read, row.Filled <= 2)) yield return item;
                continue;
            }
            foreach (var item in shortLines!.Row()) yield return item;
            yield return read;
        }

        if (map is null)
        {
            if (last == 0) throw new DataException(displayName, null, $"sheet '{sheet}' is empty{OtherSheets(otherSheets)}");
            throw NoHeader(displayName, sheet, otherSheets, preamble, "");
        }
        foreach (var item in shortLines!.End()) yield return item;
        yield return new EndOfFile(last);
    }

    /// <summary>The index of the header's first market value or weight column (a header found has one or the other).</summary>
    private static int FirstFigureColumn(ColumnMap map)
    {
        var value = map.IndexOf(ColumnRole.MarketValue);
        var weight = map.IndexOf(ColumnRole.Weight);
        return value < 0 ? weight : weight < 0 ? value : Math.Min(value, weight);
    }

    /// <summary>The amounts a row cannot be said to hold alone: a merged range over several rows of it and others.</summary>
    private static readonly ColumnRole[] Amounts = [ColumnRole.MarketValue, ColumnRole.Weight, ColumnRole.Quantity, ColumnRole.Notional];

    /// <summary>
    /// The row's amount cells (by column index) that are part of a merged range over several rows that hold cells of their
    /// own, with that range. An amount merged over its row and rows that are otherwise blank (a row made taller) is that
    /// row's: no other row could hold a part of it.
    /// </summary>
    private static List<(int Column, string Range)> MergedAmounts(XlsxRow row, ColumnMap map, SheetRows rows) =>
        Amounts.Select(map.IndexOf).Where(i => i >= 0 && i < row.Cells.Length && row.Cells[i].Merged is { Rows: > 1 } range && !rows.OtherRowsBlank(range)).Order()
            .Select(i => (i, row.Cells[i].Merged!.Reference)).ToList();

    /// <summary>Why fields of the row are unknown: formulas with no saved result, and amounts merged over several rows.</summary>
    private static List<string> Unknown(XlsxRow row, ColumnMap map, List<(int Column, string Range)> mergedAmounts)
    {
        var reasons = new List<string>();
        var uncalculated = map.Roles.Select(map.IndexOf).Where(i => i < row.Cells.Length && row.Cells[i].NoResult).Order().Select(i => map.Headers[i]).ToList();
        if (uncalculated.Count > 0) reasons.Add(XlsxCell.NotCalculated(uncalculated));
        foreach (var (i, range) in mergedAmounts)
            reasons.Add($"{map.Headers[i]} is one cell merged over several rows ({range}): an amount for those rows together, not read for any one of them");
        return reasons;
    }

    /// <summary>
    /// A row some of whose fields are unknown for a reason the cells give (a formula with no saved result, an amount merged
    /// over several rows): never 0, never silently empty; the row says why. A holding is still screened; a row that would
    /// read as a section heading is rejected instead.
    /// </summary>
    private static ReadItem WithUnknown(ReadItem read, List<string> reasons, SourceLocation source, IReadOnlyList<string> texts)
    {
        if (reasons.Count == 0) return read;
        var reason = string.Join("; ", reasons);
        return read switch
        {
            HoldingRead h => new HoldingRead(h.Row with { Unreadable = h.Row.Unreadable is { } other ? other + "; " + reason : reason }),
            Rejected r => r with { Reason = r.Reason + "; " + reason },
            _ => new Rejected(source, reason, HoldingRecords.JoinAsCsv(texts)),
        };
    }

    /// <summary>
    /// The sheet to read: the one named, else the first visible worksheet with a header row the reader recognises in its
    /// first rows (a cover sheet or notes before the holdings are passed over), else the first visible worksheet, whose
    /// error then says what it lacks. Also the workbook's other worksheets that hold holdings, and its other sheets' names.
    /// </summary>
    private static (string Sheet, IReadOnlyList<string> Others, OtherSheets? WithHoldings, SheetRows Rows, WorksheetPart Part) OpenSheet(
        SpreadsheetDocument document, string displayName, string? sheetName)
    {
        var workbook = document.WorkbookPart
            ?? throw new DataException(displayName, null, "not a holdings workbook: the file is a zip archive without an Excel workbook in it");
        var sheets = (workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            .Select(s => new BookSheet(s.Name?.Value ?? "", s.State?.Value is { } state && state != SheetStateValues.Visible, PartOf(workbook, s) as WorksheetPart))
            .ToList();

        SheetRows? any = null;
        SheetRows RowsOf(WorksheetPart part) => any = any is null ? new SheetRows(displayName, workbook, part) : any.Sibling(part);
        var headed = new Dictionary<BookSheet, bool>();
        bool HasHeader(BookSheet sheet)
        {
            if (headed.TryGetValue(sheet, out var known)) return known;
            using var rows = RowsOf(sheet.Part!);
            try
            {
                return headed[sheet] = HasHoldingsHeader(rows);
            }
            catch (DataException)
            {
                // A sheet that cannot be read is not taken for the holdings; read by name, it says what is wrong with it.
                return headed[sheet] = false;
            }
        }

        BookSheet chosen;
        if (sheetName is not null)
        {
            chosen = sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DataException(displayName, null, $"the workbook has no sheet named '{sheetName}' (its sheets: {Described(sheets)})");
            if (chosen.Part is null) throw new DataException(displayName, null, $"sheet '{chosen.Name}' is a chart, not a table of holdings");
        }
        else
        {
            var worksheets = sheets.Where(s => s.Part is not null).ToList();
            if (worksheets.Count == 0) throw new DataException(displayName, null, "the workbook has no worksheet");
            var visible = worksheets.Where(s => !s.Hidden).ToList() is { Count: > 0 } shown ? shown : worksheets;
            chosen = visible.FirstOrDefault(HasHeader) ?? visible[0];
        }

        var holdings = sheets.Where(s => s != chosen && s.Part is not null && HasHeader(s)).ToList();
        var worksheetsShown = sheets.Where(s => s.Part is not null).ToList() is var all && all.Any(s => !s.Hidden) ? all.Where(s => !s.Hidden) : all;
        var others = holdings.Count == 0 ? null
            : new OtherSheets(chosen.Name, holdings.Select(s => s.Name).ToList(), holdings.Where(s => s.Hidden).Select(s => s.Name).ToList(),
                worksheetsShown.FirstOrDefault(HasHeader)?.Name);
        return (chosen.Name, sheets.Where(s => s != chosen).Select(s => s.Name).ToList(), others, RowsOf(chosen.Part!), chosen.Part!);
    }

    /// <summary>
    /// The map with an ISIN column found by its values where the header names none (<see cref="IdentifierColumns"/>): the
    /// sheet's first <see cref="NumberStyleSample.MaxLines"/> rows after the header are read once more from the start of
    /// the sheet, one at a time, none held.
    /// </summary>
    private static ColumnMap IsinByContent(SheetRows rows, WorksheetPart part, ColumnMap map, int headerRow)
    {
        if (map.Has(ColumnRole.Isin)) return map;
        using var ahead = rows.Sibling(part);
        return IdentifierColumns.Take(map, RowsAfter(ahead, headerRow));
    }

    private static IEnumerable<IReadOnlyList<string>> RowsAfter(SheetRows rows, int headerRow)
    {
        while (rows.Next() is { } row && row.Number <= headerRow + NumberStyleSample.MaxLines)
            if (row.Number > headerRow && row.Filled > 0) yield return row.Texts;
    }

    /// <summary>Whether a worksheet has a row the reader takes as a holdings header within the rows it looks through for one.</summary>
    private static bool HasHoldingsHeader(SheetRows rows)
    {
        for (var seen = 0; seen <= MaxPreambleRows && rows.Next() is { } row; seen++)
            if (row.Filled > 0 && ColumnMap.TryDetect(row.Texts) is { HasValueOrWeight: true }) return true;
        return false;
    }

    /// <summary>A workbook's sheets by name, each marked when hidden or a chart: "'Holdings', 'Old' (hidden)".</summary>
    private static string Described(IEnumerable<BookSheet> sheets) =>
        string.Join(", ", sheets.Select(s => $"'{s.Name}'{(s.Part is null ? " (a chart)" : s.Hidden ? " (hidden)" : "")}"));

    /// <summary>A sheet of the workbook: its name, whether the workbook hides it, and its worksheet (null for a chart sheet).</summary>
    private sealed record BookSheet(string Name, bool Hidden, WorksheetPart? Part);

    private static OpenXmlPart? PartOf(WorkbookPart workbook, Sheet sheet) =>
        sheet.Id?.Value is { } id && workbook.Parts.FirstOrDefault(p => p.RelationshipId == id) is { } pair ? pair.OpenXmlPart : null;

    /// <summary>Runs a step of opening the workbook, turning the SDK's and the zip's exceptions into one-line data errors.</summary>
    private static T Guard<T>(string displayName, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or ArithmeticException)
        {
            throw new DataException(displayName, null, $"not a readable .xlsx workbook ({WorkbookGuard.OneLine(e.Message)})");
        }
    }

    private static DataException NoHeader(string displayName, string sheet, IReadOnlyList<string> others, SheetPreamble preamble, string where) =>
        new(displayName, null,
            $"no header row found in sheet '{sheet}'{(where.Length > 0 ? " " + where : "")}: expected a column for the security name " +
            $"({string.Join(", ", HeaderNames.For(ColumnRole.Name).Take(4))}, ...) and one for ticker, ISIN, market value or weight; " +
            $"the first row reads '{HoldingRecords.Shorten(preamble.FirstText ?? "")}'{OtherSheets(others)}");

    private static string OtherSheets(IReadOnlyList<string> others) =>
        others.Count == 0 ? "" : $"; the workbook's other sheets: {Quoted(others)}";

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    /// <summary>What the rows above the header say about the fund, read by the rules the CSV reader's preamble follows.</summary>
    private sealed class SheetPreamble
    {
        private readonly bool _date1904;
        private string? _name;
        private DateOnly? _asOf;
        private decimal? _netAssets;
        private string? _netAssetsCurrency;
        private bool _isShares;
        private bool _sawText;

        public SheetPreamble(bool date1904) => _date1904 = date1904;

        public string? FirstText { get; private set; }

        /// <summary>Takes what a row above the header says of the fund; returns why its as-of date or net assets could not be read, else null.</summary>
        public string? Take(XlsxRow row)
        {
            var filled = row.Cells.Where(c => !c.IsEmpty).ToList();
            if (filled.Count == 0) return null;
            FirstText ??= HoldingRecords.JoinAsCsv(row.Cells.Select(c => c.Text.Trim()).ToList());
            var first = !_sawText;
            _sawText = true;

            var labelText = filled[0].Text.Trim().Trim('\u00A0').Trim();
            // "Fund Name:", "As of:": a label's colon says nothing more.
            var label = labelText.TrimEnd(':').TrimEnd().ToLowerInvariant();
            var value = filled.Count > 1 ? filled[1] : (XlsxCell?)null;

            if (first && value is null && filled[0].Number is null && !filled[0].NoResult) { _name = labelText; return null; }
            // The date after a label of its own, in the next cell: "Holdings:" | "As of 22-Jan-2025".
            if (value is { Date: null, Number: null, NoResult: false } written && !label.Contains("as of", StringComparison.Ordinal)
                && written.Text.Trim() is var text && text.StartsWith("as of ", StringComparison.OrdinalIgnoreCase) && text.Length > 6)
                return StatedAsOf.Read(text[6..].Trim(), $"{labelText} {text[..5]}", ref _asOf);

            var asOfAt = label.IndexOf("as of", StringComparison.Ordinal) is >= 0 and var of ? of : label.IndexOf("as at", StringComparison.Ordinal);
            var inCell = AsOfLabels.Split(labelText);
            if (AsOfLabels.IsDateLabel(label) || inCell is not null || label.StartsWith("as of", StringComparison.Ordinal))
            {
                _isShares |= label.Contains("fund holdings", StringComparison.Ordinal);
                if (value is { NoResult: true }) return XlsxCell.NotCalculated([labelText]) + "; the date is left unknown (give it with --as-of)";
                if (value is { } v) return DateIn(v, labelText);
                // The date written into the label's own cell: "As at 30/09/2026", "Fund Holdings as of Mar 10, 2022".
                if (inCell is { } split) return StatedAsOf.Read(split.Date, split.Label, ref _asOf);
                var rest = asOfAt >= 0 ? labelText[(asOfAt + 5)..].Trim().TrimStart(':').Trim() : "";
                return rest.Length == 0 ? null : StatedAsOf.Read(rest, labelText[..(asOfAt + 5)].Trim(), ref _asOf);
            }
            if (label.StartsWith("net assets", StringComparison.Ordinal) || label is "total net assets" or "fund size")
            {
                // The label's unit and currency apply to a number cell too (Net Assets (USD mn)).
                if (value is { NoResult: true }) return XlsxCell.NotCalculated([labelText]) + "; the stated net assets are not used for the fund value";
                return value is { Number: { } n }
                    ? StatedNetAssets.FromNumber(n, labelText, ref _netAssets, ref _netAssetsCurrency)
                    : StatedNetAssets.Read(value?.Text.Trim().Trim('\u00A0').Trim(), labelText, NumberParser.TryParse, ref _netAssets, ref _netAssetsCurrency);
            }
            if (label is "fund name" or "fund" or "portfolio" or "portfolio name" && value is { } named) _name = named.Text.Trim();
            return null;
        }

        public FundMetadata ToMetadata(string displayName, string sheet, ColumnMap map)
        {
            var isShares = _isShares || FundMetadata.LooksLikeIShares(map.Headers.ToList());
            var layout = isShares ? $"iShares holdings download (Excel, sheet '{sheet}')" : $"Excel workbook (sheet '{sheet}')";
            if (map.ReadByContent is { } byContent) layout += "; " + byContent;
            return FundMetadata.FromFile(displayName, _name, _asOf, _netAssets, layout, map.WeightsMarkedPercent) with { StatedNetAssetsCurrency = _netAssetsCurrency };
        }

        /// <summary>Reads a date cell, a date typed as its serial, or a date written as text; returns why not, or null.</summary>
        private string? DateIn(XlsxCell cell, string label)
        {
            if (cell.Date is { } d)
            {
                _asOf = d;
                return null;
            }
            // A date typed into a cell without a date format is still its serial number.
            if (cell.Number is { } serial && serial >= 1 && serial == decimal.Floor(serial) && ExcelValues.DateOf(serial, _date1904) is { } typed)
            {
                _asOf = typed;
                return null;
            }
            return StatedAsOf.Read(cell.Text.Trim().Trim('\u00A0').Trim(), label, ref _asOf);
        }
    }
}

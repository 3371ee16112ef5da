using DocumentFormat.OpenXml.Spreadsheet;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// The workbook's one stylesheet. Every <see cref="StyleRole"/> has a cell format and, right after it, a twin
/// with QuotePrefix set, used for text that <see cref="Exposure.Core.Text.FormulaGuard"/> protects. After them come the
/// percentages with more decimals than three, one format (and its twin) for each, for a nonzero share too small to show with three
/// (<see cref="Wording.DecimalsOf"/>): the workbook shows a percentage as the other outputs do.
/// </summary>
internal sealed class WorkbookStyles
{
    public const string DateFormat = "yyyy-mm-dd";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";
    public const string IntegerFormat = "#,##0";
    public const string DecimalFormat = "#,##0.00##";
    public const string MoneyFormat = "#,##0.00";
    public static readonly string PercentFormat = PercentFormatOf(Wording.PercentDecimals);
    public const string MoneyAtLeastFormat = "\"at least \"#,##0.00";
    public static readonly string PercentAtLeastFormat = "\"at least \"" + PercentFormat;

    private const uint GeneralFormatId = 0;
    private const uint TextFormatId = 49;

    private const uint RegularFont = 0;
    private const uint BoldFont = 1;
    private const uint TitleFont = 2;
    private const uint HyperlinkFont = 3;

    private const uint SectionFill = 2;
    private const uint SectionBorder = 1;

    private static readonly (string Code, uint Id)[] CustomFormats =
    [
        (DateFormat, 164),
        (DateTimeFormat, 165),
        (IntegerFormat, 166),
        (DecimalFormat, 167),
        (MoneyFormat, 168),
        .. Enumerable.Range(Wording.PercentDecimals, Wording.MostPercentDecimals - Wording.PercentDecimals + 1).Select(d => (PercentFormatOf(d), 169u + (uint)(d - Wording.PercentDecimals))),
        (MoneyAtLeastFormat, 169u + (uint)(Wording.MostPercentDecimals - Wording.PercentDecimals + 1)),
        (PercentAtLeastFormat, 170u + (uint)(Wording.MostPercentDecimals - Wording.PercentDecimals + 1)),
    ];

    private static readonly int Roles = Enum.GetValues<StyleRole>().Length;

    public WorkbookStyles()
    {
        var formats = new CellFormats(new CellFormat { NumberFormatId = GeneralFormatId, FontId = RegularFont, FillId = 0, BorderId = 0, FormatId = 0 });
        foreach (var role in Enum.GetValues<StyleRole>())
        {
            formats.Append(Format(role, quotePrefix: false), Format(role, quotePrefix: true));
        }

        for (var decimals = Wording.PercentDecimals + 1; decimals <= Wording.MostPercentDecimals; decimals++)
        {
            foreach (var quotePrefix in (bool[])[false, true])
            {
                var fine = Format(StyleRole.Percent, quotePrefix);
                fine.NumberFormatId = CustomId(PercentFormatOf(decimals));
                formats.Append(fine);
            }
        }

        formats.Count = (uint)formats.ChildElements.Count;
        Stylesheet = new Stylesheet(
            new NumberingFormats(CustomFormats.Select(f => new NumberingFormat { NumberFormatId = f.Id, FormatCode = f.Code })) { Count = (uint)CustomFormats.Length },
            new Fonts(
                Font(bold: false, underline: false, size: 11, color: null),
                Font(bold: true, underline: false, size: 11, color: null),
                Font(bold: true, underline: false, size: 14, color: null),
                Font(bold: false, underline: true, size: 11, color: "FF0563C1")) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF8EA9DB" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = GeneralFormatId, FontId = RegularFont, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats { Count = 0 },
            new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
    }

    public Stylesheet Stylesheet { get; }

    public static StyleRole RoleOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => StyleRole.Text,
        ColumnKind.WrappedText => StyleRole.WrappedText,
        ColumnKind.Integer => StyleRole.Integer,
        ColumnKind.Decimal => StyleRole.Decimal,
        ColumnKind.Money => StyleRole.Money,
        ColumnKind.Percent => StyleRole.Percent,
        ColumnKind.Date => StyleRole.Date,
        ColumnKind.DateTime => StyleRole.DateTime,
        ColumnKind.Boolean => StyleRole.Boolean,
        ColumnKind.Hyperlink => StyleRole.Hyperlink,
        ColumnKind.MoneyAtLeast => StyleRole.MoneyAtLeast,
        ColumnKind.PercentAtLeast => StyleRole.PercentAtLeast,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string NumberFormatOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => IntegerFormat,
        ColumnKind.Decimal => DecimalFormat,
        ColumnKind.Money => MoneyFormat,
        ColumnKind.Percent => PercentFormat,
        ColumnKind.MoneyAtLeast => MoneyAtLeastFormat,
        ColumnKind.PercentAtLeast => PercentAtLeastFormat,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a number kind."),
    };

    public static uint Index(StyleRole role, bool quotePrefix) => 1 + (2 * (uint)role) + (quotePrefix ? 1u : 0u);

    /// <summary>The cell format of a number: its kind's, or for a percentage the one with its decimals.</summary>
    public static uint Index(CellContent content) =>
        content.Kind == ColumnKind.Percent && content.Decimals > Wording.PercentDecimals
            ? 1 + (2 * (uint)Roles) + (2 * (uint)(Math.Min(content.Decimals, Wording.MostPercentDecimals) - Wording.PercentDecimals - 1))
            : Index(RoleOf(content.Kind), false);

    /// <summary>"0.000%" for 3 decimals.</summary>
    public static string PercentFormatOf(int decimals) => "0." + new string('0', decimals) + "%";

    private static CellFormat Format(StyleRole role, bool quotePrefix)
    {
        var (numberFormat, font, fill, border, wrap, center) = role switch
        {
            StyleRole.TableHeader => (TextFormatId, BoldFont, 0u, 0u, true, false),
            StyleRole.Title => (TextFormatId, TitleFont, 0u, 0u, false, false),
            StyleRole.Label => (TextFormatId, BoldFont, 0u, 0u, true, false),
            StyleRole.SectionHeader => (TextFormatId, BoldFont, SectionFill, SectionBorder, true, false),
            StyleRole.Text => (TextFormatId, RegularFont, 0u, 0u, false, false),
            StyleRole.WrappedText => (TextFormatId, RegularFont, 0u, 0u, true, false),
            StyleRole.Integer => (CustomId(IntegerFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.Decimal => (CustomId(DecimalFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.Money => (CustomId(MoneyFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.Percent => (CustomId(PercentFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.Date => (CustomId(DateFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.DateTime => (CustomId(DateTimeFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.Boolean => (GeneralFormatId, RegularFont, 0u, 0u, false, true),
            StyleRole.Hyperlink => (TextFormatId, HyperlinkFont, 0u, 0u, false, false),
            StyleRole.MoneyAtLeast => (CustomId(MoneyAtLeastFormat), RegularFont, 0u, 0u, false, false),
            StyleRole.PercentAtLeast => (CustomId(PercentAtLeastFormat), RegularFont, 0u, 0u, false, false),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };

        var alignment = new Alignment { Vertical = VerticalAlignmentValues.Top };
        if (wrap)
        {
            alignment.WrapText = true;
        }

        if (center)
        {
            alignment.Horizontal = HorizontalAlignmentValues.Center;
        }

        var format = new CellFormat(alignment)
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = true,
            ApplyFont = font != RegularFont,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyAlignment = true,
        };
        if (quotePrefix)
        {
            format.QuotePrefix = true;
        }

        return format;
    }

    private static uint CustomId(string code) => CustomFormats.Single(f => f.Code == code).Id;

    private static Font Font(bool bold, bool underline, double size, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (underline)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}

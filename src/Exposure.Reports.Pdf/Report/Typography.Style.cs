using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Report;

/// <summary>The report's page, type sizes, spacing and colours, and the sizes of its cover, boxes, lists and charts (all in points).</summary>
internal static partial class Typography
{
    // ---- Page and running text ----

    /// <summary>Top, right, bottom and left page margins.</summary>
    public static Margins PageMargins { get; } = new(40, 48, 36, 48);

    /// <summary>Running text.</summary>
    public const double BodySize = 9.5;

    /// <summary>Table text, chart text and small print (<see cref="Note(string)"/>).</summary>
    public const double TableSize = 7.8;

    /// <summary>Long detail in a table column of its own: rules and evidence, lines by state, checksums, lines as read.</summary>
    public const double DetailSize = 6.6;

    /// <summary>The page header and footer.</summary>
    public const double BandSize = 7.5;

    /// <summary>Space after a paragraph; tables, key-value lists, callouts and charts leave one and a half times this.</summary>
    public const double ParagraphSpacing = 6;

    /// <summary>
    /// The styles every layout element falls back to. Every value is stated here, including those equal to the layout
    /// engine's defaults, so the report's look does not change with them.
    /// </summary>
    public static DocumentStyles Styles { get; } = new()
    {
        BodySize = BodySize,
        SmallSize = TableSize,
        LineSpacing = 1.05,
        ParagraphSpacing = ParagraphSpacing,
        HeadingSizes = [15, 12.5, 10.5, 9.5],
        HeadingSpaceBefore = 12,
        HeadingSpaceAfter = 5,
        HeaderFooterGap = 10,
        TableCellPadding = 3,
        TextColor = XColors.Black,
        MutedColor = XColor.FromArgb(85, 85, 85),
        LinkColor = XColor.FromArgb(20, 60, 140),
        RuleColor = XColor.FromArgb(170, 170, 170),
        TableHeaderFill = XColor.FromArgb(222, 222, 222),
        TableZebraFill = XColor.FromArgb(244, 244, 244),
        ChartBarFill = XColor.FromArgb(80, 80, 80),
        ChartGridColor = XColor.FromArgb(215, 215, 215),

        // The note under a name drawn in its fallback begins with this marker (CompanySection).
        FallbackMarker = "*",
    };

    /// <summary>The rule under the page header; in white on the cover, where it only keeps the header's height.</summary>
    public static Rule HeaderRule(XColor? color = null) => new() { SpaceAbove = 2, SpaceBelow = 0, Thickness = 0.5, Color = color };

    // ---- Colours and fills ----

    public static XColor Muted => Styles.MutedColor;

    /// <summary>The dark slate of the headline tiles' bars, the cover's rule and the bars of flagged value.</summary>
    private static readonly XColor Slate = XColor.FromArgb(55, 65, 80);

    public static XColor CaveatFill { get; } = XColor.FromArgb(246, 241, 226);

    public static XColor CaveatBar { get; } = XColor.FromArgb(170, 130, 40);

    public static XColor NoticeFill { get; } = XColor.FromArgb(252, 232, 226);

    public static XColor NoticeBar { get; } = XColor.FromArgb(175, 45, 30);

    public static XColor NoteFill { get; } = XColor.FromArgb(236, 240, 246);

    public static XColor NoteBar { get; } = XColor.FromArgb(70, 90, 130);

    public static XColor TileFill { get; } = XColor.FromArgb(238, 240, 243);

    public static XColor TileBar { get; } = Slate;

    /// <summary>Bars of value in companies named by a source: solid and dark.</summary>
    public static BarFill NamedFill { get; } = new(Slate);

    /// <summary>Bars of value in related companies: hatched on white, so they never read as the flagged bars.</summary>
    public static BarFill RelatedFill { get; } = new(XColor.FromArgb(255, 255, 255), Hatch.Diagonal);

    /// <summary>Bars of a fund's earlier snapshots, beside its latest in <see cref="NamedFill"/>: mid grey.</summary>
    public static BarFill EarlierSnapshotFill => BarFill.Series[2];

    /// <summary>
    /// The fills of categories of allegation, as <see cref="Exposure.Core.Reporting.CategoryFills"/> gives them for every
    /// renderer: every category's value is value in named companies, so none is drawn with the diagonal hatching of
    /// <see cref="RelatedFill"/> (nor the back-diagonal or cross-hatching, which read as it).
    /// </summary>
    public static IReadOnlyList<BarFill> CategoryFills { get; } = Exposure.Core.Reporting.CategoryFills.All.Select(Fill).ToList();

    /// <summary>The bars of the <paramref name="index"/>th category of allegation, in the order the chart lists them; a chart draws no more than there are fills.</summary>
    public static BarFill CategoryFill(int index) =>
        index >= 0 && index < CategoryFills.Count ? CategoryFills[index] : throw new ArgumentOutOfRangeException(nameof(index), index, "Each category is drawn in a fill of its own.");

    /// <summary>A fill as the PDF draws it: dark ink over a light ground, white over a dark one, which keeps a dark outline.</summary>
    private static BarFill Fill(SeriesFill spec)
    {
        var (r, g, b) = spec.Rgb;
        var fill = new BarFill(XColor.FromArgb(r, g, b), spec.Pattern switch
        {
            FillPattern.None => Hatch.None,
            FillPattern.HorizontalLines => Hatch.Horizontal,
            FillPattern.VerticalLines => Hatch.Vertical,
            FillPattern.Grid => Hatch.Grid,
            FillPattern.SmallDots => Hatch.Dots,
            FillPattern.LargeDots => Hatch.LargeDots,
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Pattern, "No such pattern."),
        });
        return spec.DarkGround && spec.Pattern != FillPattern.None ? fill with { Ink = XColors.White, Outline = fill.Ink } : fill;
    }

    // ---- Key-value lists (labels on the left, figures or facts on the right) ----

    /// <summary>Labelled figures and facts: the screening summary, the scheme's figures, review decisions, a company's facts, the run.</summary>
    public const double FactsSize = 8.5;

    /// <summary>Share of the width for the screening summary's labels, which are sentences ("Value in related companies (…), share").</summary>
    public const double SummaryKeyWidth = 0.6;

    /// <summary>The least share the screening summary's labels keep when a figure ("at least USD 1,027,000 (at least 5.365%)") needs room to stay on one line.</summary>
    public const double SummaryMinKeyWidth = 0.45;

    /// <summary>Share of the width for the labels of the scheme's figures.</summary>
    public const double SchemeKeyWidth = 0.55;

    /// <summary>Share of the width for the labels of the review decisions' figures.</summary>
    public const double DecisionsKeyWidth = 0.5;

    /// <summary>Share of the width for the labels of the run's facts (tool, reference data version, …).</summary>
    public const double RunKeyWidth = 0.35;

    /// <summary>Share of the width for the labels of a company's facts ("Why listed", "Categories", …).</summary>
    public const double CompanyKeyWidth = 0.22;

    /// <summary>The fields of a source: of each allegation, and of each source for a parent or subsidiary link.</summary>
    public const double SourceSize = 8;

    /// <summary>Share of the width for the labels of a source's fields ("Publisher, date", "Source title", …).</summary>
    public const double SourceKeyWidth = 0.18;

    // ---- A company's section ----

    /// <summary>The company's name in its own script, under its English name.</summary>
    public const double NativeNameSize = 12;

    /// <summary>An allegation's title line (category · list or report), bold.</summary>
    public const double AllegationTitleSize = 8.5;

    /// <summary>Space under a line that belongs with the block below it: the name in its own script, an allegation's title.</summary>
    public const double AttachedSpacing = 2;

    /// <summary>Space after the parts of a company's section: its facts, its caveat, each source of a link.</summary>
    public const double CompanySpacing = 6;

    /// <summary>Space after each allegation's fields, a little more than between the other parts, so allegations read apart.</summary>
    public const double AllegationSpacing = 8;

    /// <summary>The rule between one company's section and the next.</summary>
    public static Rule CompanySeparator => new() { Thickness = 0.8, SpaceAbove = 6, SpaceBelow = 2, Color = Muted };

    // ---- Boxes ----

    /// <summary>Text of a boxed note inside a section: a company's caveat, how to read the headline figures.</summary>
    public const double CalloutSize = 8.5;

    /// <summary>A headline figure in its tile.</summary>
    public const double TileValueSize = 15;

    /// <summary>What a headline figure is, bold under the figure.</summary>
    public const double TileLabelSize = 8.5;

    /// <summary>The line of context under a headline figure's label.</summary>
    public const double TileDetailSize = 7.5;

    // ---- The executive summary ----

    /// <summary>The key findings: the size of running text.</summary>
    public const double KeyFindingsSize = 9.5;

    /// <summary>Space between two key findings.</summary>
    public const double KeyFindingsSpacing = 4;

    /// <summary>Share of the width the company names of the largest-exposures chart may take before they wrap.</summary>
    public const double SummaryChartLabelFraction = 0.38;

    /// <summary>The bars of the largest-exposures chart.</summary>
    public const double SummaryChartBarThickness = 9;

    // ---- Charts ----

    /// <summary>
    /// Share of a bar chart's width that fund and company names may take before they wrap. Charts of categories, whose
    /// names are short, keep the layout's default.
    /// </summary>
    public const double NameLabelFraction = 0.4;

    // ---- The cover ----

    /// <summary>Space at the top of the cover, above the banner or the title, kept at the top of the page.</summary>
    public const double CoverTopSpace = 12;

    /// <summary>Further space above the title, in the banner's place, when there is no banner.</summary>
    public const double CoverSpaceWithoutBanner = 40;

    /// <summary>The "Illustrative data" banner's text.</summary>
    public const double CoverBannerSize = 10.5;

    public const double CoverBannerSpaceAfter = 22;

    public const double CoverTitleSize = 25;

    public const double CoverTitleSpaceAfter = 10;

    public const double CoverSubtitleSize = 12.5;

    public const double CoverSubtitleSpaceAfter = 16;

    /// <summary>The heavy rule between the subtitle and the facts.</summary>
    public static Rule CoverRule => new() { Thickness = 1.5, Color = TileBar, SpaceAbove = 0, SpaceBelow = 8 };

    /// <summary>The cover's facts: scheme or funds, as-of date, reference list, what produced the report.</summary>
    public const double CoverFactsSize = 10;

    /// <summary>Share of the width for the labels of the cover's facts.</summary>
    public const double CoverFactsKeyWidth = 0.27;

    /// <summary>Space between the facts and the note on what the companies in the report are.</summary>
    public const double CoverNoteSpaceBefore = 12;

    /// <summary>The note on what the companies in the report are (and are not).</summary>
    public const double CoverNoteSize = 9;

    public const double CoverNotePadding = 7;

    /// <summary>The "Contents" label above the table of contents.</summary>
    public const double ContentsTitleSize = 10.5;

    public const double ContentsTitleSpaceAfter = 3;

    /// <summary>The table of contents' entries.</summary>
    public const double ContentsSize = 8.8;
}

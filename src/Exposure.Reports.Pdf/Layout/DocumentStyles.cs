using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Sizes, spacing and greyscale-friendly colours used by the built-in elements.</summary>
public sealed record DocumentStyles
{
    public double BodySize { get; init; } = 10;

    public double SmallSize { get; init; } = 8.5;

    public double LineSpacing { get; init; } = 1.0;

    public double ParagraphSpacing { get; init; } = 6;

    /// <summary>Font sizes of heading levels 1, 2, 3, ...; deeper levels use the last size.</summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [17, 13.5, 11.5, 10.5];

    public double HeadingSpaceBefore { get; init; } = 12;

    public double HeadingSpaceAfter { get; init; } = 5;

    public XColor TextColor { get; init; } = XColors.Black;

    public XColor MutedColor { get; init; } = XColor.FromArgb(85, 85, 85);

    public XColor LinkColor { get; init; } = XColor.FromArgb(20, 60, 140);

    public XColor RuleColor { get; init; } = XColor.FromArgb(170, 170, 170);

    public double TableCellPadding { get; init; } = 3;

    public XColor TableHeaderFill { get; init; } = XColor.FromArgb(222, 222, 222);

    public XColor TableZebraFill { get; init; } = XColor.FromArgb(244, 244, 244);

    public XColor ChartBarFill { get; init; } = XColor.FromArgb(80, 80, 80);

    public XColor ChartGridColor { get; init; } = XColor.FromArgb(215, 215, 215);

    /// <summary>Appended to a <see cref="TextSpan.Fallback"/> text so readers can tell it replaces the original.</summary>
    public string FallbackMarker { get; init; } = "*";

    /// <summary>Gap between the header and the body, and between the body and the footer.</summary>
    public double HeaderFooterGap { get; init; } = 10;

    public double HeadingSize(int level) => HeadingSizes[Math.Clamp(level, 1, HeadingSizes.Count) - 1];
}

using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Lines or dots drawn over a bar's fill, so series stay apart when printed in greyscale.</summary>
public enum Hatch
{
    None,
    Diagonal,
    BackDiagonal,
    Cross,
    Horizontal,
    Vertical,
    /// <summary>Horizontal and vertical lines: a square grid.</summary>
    Grid,

    /// <summary>Small dots, set apart.</summary>
    Dots,

    /// <summary>Large dots, close together.</summary>
    LargeDots,
}

/// <summary>
/// How a bar is painted: a fill, optional hatching and an outline in <see cref="Ink"/>. Series of a chart differ in
/// shade and pattern, never in hue alone, so they can be told apart in greyscale.
/// </summary>
public sealed record BarFill(XColor Fill, Hatch Hatch = Hatch.None)
{
    private const double Spacing = 3.2;

    /// <summary>Hatching and outline colour.</summary>
    public XColor Ink { get; init; } = XColor.FromArgb(40, 40, 40);

    /// <summary>The outline's colour where it is not <see cref="Ink"/>: dark around a dark bar patterned in white.</summary>
    public XColor? Outline { get; init; }

    public static BarFill Solid(XColor fill) => new(fill);

    /// <summary>Six fills that stay distinct in greyscale: dark, hatched, mid grey, cross-hatched, light with lines, back-hatched.</summary>
    public static IReadOnlyList<BarFill> Series { get; } =
    [
        new(XColor.FromArgb(55, 65, 80)),
        new(XColor.FromArgb(255, 255, 255), Hatch.Diagonal),
        new(XColor.FromArgb(150, 158, 170)),
        new(XColor.FromArgb(225, 228, 232), Hatch.Cross),
        new(XColor.FromArgb(255, 255, 255), Hatch.Horizontal),
        new(XColor.FromArgb(200, 205, 212), Hatch.BackDiagonal),
    ];

    /// <summary>The fill of series <paramref name="index"/>, cycling through <see cref="Series"/>.</summary>
    public static BarFill ForSeries(int index) => Series[index % Series.Count];

    public void Draw(XGraphics graphics, XRect rect)
    {
        if (rect.Width <= 0.01 || rect.Height <= 0.01)
        {
            return;
        }

        graphics.DrawRectangle(new XSolidBrush(Fill), rect);
        var pen = new XPen(Ink, 0.45);
        switch (Hatch)
        {
            case Hatch.Diagonal:
                Diagonals(graphics, pen, rect, rising: true);
                break;
            case Hatch.BackDiagonal:
                Diagonals(graphics, pen, rect, rising: false);
                break;
            case Hatch.Cross:
                Diagonals(graphics, pen, rect, rising: true);
                Diagonals(graphics, pen, rect, rising: false);
                break;
            case Hatch.Horizontal:
                for (var y = rect.Top + Spacing / 2; y < rect.Bottom; y += Spacing / 1.5)
                {
                    graphics.DrawLine(pen, rect.Left, y, rect.Right, y);
                }

                break;
            case Hatch.Vertical:
                Verticals(graphics, pen, rect);
                break;
            case Hatch.Grid:
                Verticals(graphics, pen, rect);
                for (var y = rect.Top + Spacing / 2; y < rect.Bottom; y += Spacing)
                {
                    graphics.DrawLine(pen, rect.Left, y, rect.Right, y);
                }

                break;
            case Hatch.Dots:
                Dots(graphics, rect, 0.55, Spacing);
                break;
            case Hatch.LargeDots:
                Dots(graphics, rect, 1.05, Spacing);
                break;
        }

        if (Hatch != Hatch.None || Fill.GetBrightness() > 0.8)
        {
            graphics.DrawRectangle(new XPen(Outline ?? Ink, 0.5), rect);
        }
    }

    private static void Verticals(XGraphics graphics, XPen pen, XRect rect)
    {
        for (var x = rect.Left + Spacing / 2; x < rect.Right; x += Spacing)
        {
            graphics.DrawLine(pen, x, rect.Top, x, rect.Bottom);
        }
    }

    /// <summary>Dots of <paramref name="radius"/> on a square grid of <paramref name="step"/>, every dot whole inside the rectangle.</summary>
    private void Dots(XGraphics graphics, XRect rect, double radius, double step)
    {
        var brush = new XSolidBrush(Ink);
        for (var y = rect.Top + step / 2; y + radius <= rect.Bottom; y += step)
        {
            for (var x = rect.Left + step / 2; x + radius <= rect.Right; x += step)
            {
                graphics.DrawEllipse(brush, x - radius, y - radius, 2 * radius, 2 * radius);
            }
        }
    }

    /// <summary>45° lines clipped to the rectangle by computation (no clipping path, so the file stays simple).</summary>
    private static void Diagonals(XGraphics graphics, XPen pen, XRect rect, bool rising)
    {
        // Lines x - y = c (falling in page coordinates, y downwards) or x + y = c (rising), c stepped across the rectangle.
        var w = rect.Width;
        var h = rect.Height;
        for (var c = Spacing / 2; c < w + h; c += Spacing)
        {
            // Parametrise along the line from where it enters the rectangle: local coordinates u (x) and v (y).
            double u1, v1, u2, v2;
            if (rising)
            {
                // u + v = c, with v measured from the bottom: points (u, h - v).
                u1 = Math.Max(0, c - h);
                v1 = c - u1;
                u2 = Math.Min(w, c);
                v2 = c - u2;
                graphics.DrawLine(pen, rect.Left + u1, rect.Bottom - v1, rect.Left + u2, rect.Bottom - v2);
            }
            else
            {
                u1 = Math.Max(0, c - h);
                v1 = c - u1;
                u2 = Math.Min(w, c);
                v2 = c - u2;
                graphics.DrawLine(pen, rect.Left + u1, rect.Top + v1, rect.Left + u2, rect.Top + v2);
            }
        }
    }
}

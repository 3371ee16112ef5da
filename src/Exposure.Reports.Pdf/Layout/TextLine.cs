using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>One laid-out line of text.</summary>
public sealed class TextLine
{
    internal TextLine(IReadOnlyList<TextFragment> fragments, double height, double baseline)
    {
        Fragments = fragments;
        Height = height;
        Baseline = baseline;
    }

    public IReadOnlyList<TextFragment> Fragments { get; }

    public double Height { get; }

    /// <summary>Distance from the top of the line to the baseline.</summary>
    public double Baseline { get; }

    /// <summary>From the left edge of the first fragment to the right edge of the last.</summary>
    public double Width => Fragments.Count == 0 ? 0 : Fragments[^1].X + Fragments[^1].Width - Fragments[0].X;

    public string Text => string.Concat(Fragments.Select(f => f.Text));

    /// <summary>Draws the line; a linked fragment is underlined and tagged as a link, a fragment in another language as a span in it.</summary>
    public void Draw(DrawContext context, XPoint topLeft)
    {
        var baseline = topLeft.Y + Baseline;
        foreach (var fragment in Fragments)
        {
            var x = topLeft.X + fragment.X;
            if (fragment.Link is { } url)
            {
                context.Linked(new XRect(x, topLeft.Y, fragment.Width, Height), url, () =>
                {
                    DrawText(context, fragment, x, baseline);
                    Underline(context, fragment, x, baseline);
                });
            }
            else
            {
                DrawText(context, fragment, x, baseline);
            }
        }
    }

    private static void DrawText(DrawContext context, TextFragment fragment, double x, double baseline)
    {
        void Draw() => context.Graphics.DrawString(fragment.Text, fragment.Font, new XSolidBrush(fragment.Color), x, baseline, XStringFormats.BaseLineLeft);

        if (fragment.Language is { } language)
        {
            context.InLanguage(language, Draw);
        }
        else
        {
            Draw();
        }
    }

    private static void Underline(DrawContext context, TextFragment fragment, double x, double baseline)
    {
        var metrics = fragment.Font.Metrics;
        var scale = fragment.Font.Size / metrics.UnitsPerEm;
        var underlineY = baseline - metrics.UnderlinePosition * scale;
        var thickness = Math.Max(0.4, metrics.UnderlineThickness * scale);
        context.Graphics.DrawLine(new XPen(fragment.Color, thickness), x, underlineY, x + fragment.Width, underlineY);
    }
}

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// A chart's label kept to a few lines: a longer one keeps its start and its end about an ellipsis, as the web page's
/// charts do ("Northern Lights Global Emerging… - Accumulation"); the chart's description gives it whole.
/// </summary>
internal static class ChartLabel
{
    /// <summary>The lines a label may take beside its bar.</summary>
    public const int MaxLines = 3;

    /// <summary>Of a label cut short, the characters kept from its end, where names of one fund's share classes differ.</summary>
    private const int TailLength = 16;

    /// <summary>
    /// <paramref name="span"/> laid out within <paramref name="width"/> on at most <paramref name="maxLines"/> lines, shortened
    /// about an ellipsis when it would take more (a legend's entry, one line); <c>Shortened</c> says whether it was.
    /// </summary>
    public static (IReadOnlyList<TextLine> Lines, bool Shortened) Fit(LayoutContext context, TextSpan span, TextStyle style, double width, int maxLines = MaxLines)
    {
        var lines = context.LayoutText([span], style, width);
        if (lines.Count <= maxLines)
        {
            return (lines, false);
        }

        // The longest start (in thousandths of what may be kept) with which the label fits.
        int low = 0, high = 1000;
        var best = context.LayoutText([Cut(span, 0)], style, width);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var tried = context.LayoutText([Cut(span, mid)], style, width);
            if (tried.Count <= maxLines)
            {
                low = mid;
                best = tried;
            }
            else
            {
                high = mid - 1;
            }
        }

        return (best, true);
    }

    private static TextSpan Cut(TextSpan span, int thousandths) =>
        span with { Text = Shorten(span.Text, thousandths), Fallback = span.Fallback is null ? null : Shorten(span.Fallback, thousandths) };

    /// <summary>The start of <paramref name="text"/> (that share of what may be kept), an ellipsis, and its end from a word's start.</summary>
    internal static string Shorten(string text, int thousandths)
    {
        var tail = Tail(text);
        var room = Math.Max(0, text.Length - tail.Length - 1);
        var keep = (int)((long)room * thousandths / 1000);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep].TrimEnd() + "…" + tail;
    }

    // The end of a label from a word's start where it has one: "- Accumulation", not "d - Accumulation".
    private static string Tail(string text)
    {
        if (text.Length <= TailLength)
        {
            return "";
        }

        var tail = text[^TailLength..];
        if (char.IsLowSurrogate(tail[0]))
        {
            tail = tail[1..];
        }

        var space = tail.IndexOf(' ', StringComparison.Ordinal);
        return space >= 0 && space < tail.Length - 1 ? tail[(space + 1)..] : tail;
    }
}

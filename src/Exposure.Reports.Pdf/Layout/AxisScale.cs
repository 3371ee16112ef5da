namespace Exposure.Reports.Pdf.Layout;

/// <summary>A linear axis from zero to a round maximum, with round tick steps.</summary>
internal sealed record AxisScale(double Maximum, double Step)
{
    /// <summary>The most ticks an axis is given; fewer where the plot is too narrow for their labels.</summary>
    public const int MostTicks = 5;

    /// <summary>The least room between two tick labels, in points.</summary>
    public const double LabelGap = 4;

    public static AxisScale For(double maximum, int targetTicks = MostTicks)
    {
        if (maximum <= 0)
        {
            return For(1, targetTicks);
        }

        var rough = maximum / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough);
        return new AxisScale(Math.Ceiling(maximum / step - 1e-9) * step, step);
    }

    /// <summary>
    /// The scale of <see cref="For"/> with as many ticks as the plot's width holds: the first, from <see cref="MostTicks"/>
    /// down, whose labels, each centred on its tick, keep <see cref="LabelGap"/> apart and whose last label's half fits in
    /// <paramref name="rightRoom"/>, the room kept right of the plot. Where none does, the fewest: 0 and the last tick.
    /// </summary>
    /// <param name="maximum">The largest value shown.</param>
    /// <param name="plotWidth">The width of the plot, in points.</param>
    /// <param name="labelWidth">The measured width of a tick's label, from its value.</param>
    /// <param name="rightRoom">The room right of the plot the last label's half may take.</param>
    public static AxisScale Fitted(double maximum, double plotWidth, Func<double, double> labelWidth, double rightRoom)
    {
        for (var target = MostTicks; target > 1; target--)
        {
            var scale = For(maximum, target);
            if (LabelsFit(scale, plotWidth, labelWidth) && labelWidth(scale.Maximum) / 2 <= rightRoom + 0.01)
            {
                return scale;
            }
        }

        return For(maximum, 1);
    }

    /// <summary>No two neighbouring tick labels, each centred on its tick, come closer than <see cref="LabelGap"/>.</summary>
    public static bool LabelsFit(AxisScale scale, double plotWidth, Func<double, double> labelWidth)
    {
        var ticks = scale.Ticks().ToList();
        for (var i = 1; i < ticks.Count; i++)
        {
            var apart = plotWidth * (ticks[i] - ticks[i - 1]) / scale.Maximum;
            if (apart < (labelWidth(ticks[i - 1]) + labelWidth(ticks[i])) / 2 + LabelGap)
            {
                return false;
            }
        }

        return true;
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Maximum / Step);
        return Enumerable.Range(0, count + 1).Select(i => i * Step);
    }
}

namespace Exposure.Reports.Pdf.Layout;

/// <summary>A linear axis from zero to a round maximum, with round tick steps.</summary>
internal sealed record AxisScale(double Maximum, double Step)
{
    public static AxisScale For(double maximum, int targetTicks = 5)
    {
        if (maximum <= 0)
        {
            return new AxisScale(1, 0.2);
        }

        var rough = maximum / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough);
        return new AxisScale(Math.Ceiling(maximum / step - 1e-9) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Maximum / Step);
        return Enumerable.Range(0, count + 1).Select(i => i * Step);
    }
}

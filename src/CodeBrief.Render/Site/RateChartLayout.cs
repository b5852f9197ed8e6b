namespace CodeBrief.Render.Site;

/// <summary>
/// The geometry of the rate chart, in SVG user units. Public so tests can map a drawn coordinate back to the dollar value.
/// </summary>
public static class RateChartLayout
{
    /// <summary>Total width of the drawing.</summary>
    public const double Width = 720;
    /// <summary>Left edge of the plot (payer labels sit to its left).</summary>
    public const double PlotLeft = 290;
    /// <summary>Right edge of the plot.</summary>
    public const double PlotRight = 690;
    /// <summary>Top of the first payer row.</summary>
    public const double Top = 28;
    /// <summary>Height of one payer row.</summary>
    public const double RowHeight = 32;
    /// <summary>Space under the rows for the dollar axis.</summary>
    public const double AxisHeight = 36;
    /// <summary>How many intervals the dollar axis has.</summary>
    public const int TickIntervals = 5;

    /// <summary>The top of the dollar axis: the smallest 1, 2, 2.5 or 5 × 10^k at or above <paramref name="max"/>, so ticks are round.</summary>
    public static decimal NiceCeiling(decimal max)
    {
        if (max <= 0) return 1m;
        var magnitude = 1m;
        while (magnitude * 10 <= max) magnitude *= 10;
        while (magnitude > max) magnitude /= 10;
        foreach (var step in (ReadOnlySpan<decimal>)[1m, 2m, 2.5m, 5m, 10m])
            if (step * magnitude >= max) return step * magnitude;
        return 10 * magnitude;
    }

    /// <summary>The x coordinate of <paramref name="dollars"/> on an axis from 0 to <paramref name="axisMax"/>.</summary>
    public static double X(decimal dollars, decimal axisMax) =>
        PlotLeft + (double)(dollars / axisMax) * (PlotRight - PlotLeft);
}

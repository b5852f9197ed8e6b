using System.Globalization;
using System.Text;

namespace CodeBrief.Render.Site;

/// <summary>
/// Draws <see cref="RateChart"/> as inline SVG on the server: per payer a 10th-90th percentile band, a quartile box and a
/// median tick, with the Medicare amount as a dashed reference line. No script is needed to see it; the SVG carries a
/// <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> listing every number, and <see cref="RateChartTable"/> prints the same numbers.
/// </summary>
public static class RateChartSvg
{
    /// <summary>The SVG element for <paramref name="chart"/>; empty when it has no rows.</summary>
    public static string Render(RateChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Rows.Count == 0) return "";
        var max = chart.Rows.Max(r => r.P90);
        if (chart.MedicareAmount is { } m && m > max) max = m;
        var axisMax = RateChartLayout.NiceCeiling(max);
        var rowsBottom = RateChartLayout.Top + chart.Rows.Count * RateChartLayout.RowHeight;
        var height = rowsBottom + RateChartLayout.AxisHeight;
        var id = chart.Id;

        var sb = new StringBuilder(4096);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rate-chart\" role=\"img\" viewBox=\"0 0 ")
          .Append(F(RateChartLayout.Width)).Append(' ').Append(F(height)).Append("\" width=\"").Append(F(RateChartLayout.Width))
          .Append("\" height=\"").Append(F(height)).Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id)
          .Append("-desc\" data-axis-max=\"").Append(axisMax.ToString(CultureInfo.InvariantCulture)).Append("\">\n")
          .Append("<title id=\"").Append(id).Append("-title\">").Append(SitePage.Encode(chart.Title)).Append("</title>\n")
          .Append("<desc id=\"").Append(id).Append("-desc\">").Append(SitePage.Encode(Describe(chart))).Append("</desc>\n");

        AppendAxis(sb, axisMax, rowsBottom);
        for (var i = 0; i < chart.Rows.Count; i++)
            AppendRow(sb, chart.Rows[i], axisMax, RateChartLayout.Top + (i + 0.5) * RateChartLayout.RowHeight);

        if (chart.MedicareAmount is { } medicare)
        {
            var x = F(RateChartLayout.X(medicare, axisMax));
            sb.Append("<g class=\"medicare\" data-value=\"").Append(medicare.ToString(CultureInfo.InvariantCulture)).Append("\">")
              .Append("<line x1=\"").Append(x).Append("\" x2=\"").Append(x).Append("\" y1=\"").Append(F(RateChartLayout.Top - 6))
              .Append("\" y2=\"").Append(F(rowsBottom + 4)).Append("\" stroke=\"#b42318\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
              .Append("<text x=\"").Append(x).Append("\" y=\"").Append(F(RateChartLayout.Top - 10)).Append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#b42318\">")
              .Append(SitePage.Encode("Medicare " + Dollars(medicare))).Append("</text></g>\n");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The text alternative: every payer's numbers and the Medicare reference, in words.</summary>
    public static string Describe(RateChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var sb = new StringBuilder();
        foreach (var r in chart.Rows)
        {
            sb.Append(r.Label).Append(": 10th percentile ").Append(Dollars(r.P10)).Append(", 25th ").Append(Dollars(r.P25))
              .Append(", median ").Append(Dollars(r.Median)).Append(", 75th ").Append(Dollars(r.P75)).Append(", 90th ")
              .Append(Dollars(r.P90)).Append(" (").Append(r.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" rates). ");
        }
        sb.Append(chart.MedicareAmount is { } m ? $"Medicare reference: {Dollars(m)} ({chart.MedicareLabel})." : "Medicare reference: " + Core.Provenance.NotAvailable.Text + ".");
        return sb.ToString();
    }

    private static void AppendAxis(StringBuilder sb, decimal axisMax, double rowsBottom)
    {
        sb.Append("<g class=\"axis\">");
        for (var t = 0; t <= RateChartLayout.TickIntervals; t++)
        {
            var value = axisMax * t / RateChartLayout.TickIntervals;
            var x = F(RateChartLayout.X(value, axisMax));
            sb.Append("<line class=\"gridline\" x1=\"").Append(x).Append("\" x2=\"").Append(x).Append("\" y1=\"").Append(F(RateChartLayout.Top))
              .Append("\" y2=\"").Append(F(rowsBottom)).Append("\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>")
              .Append("<text class=\"tick\" data-value=\"").Append(value.ToString(CultureInfo.InvariantCulture)).Append("\" x=\"").Append(x)
              .Append("\" y=\"").Append(F(rowsBottom + 18)).Append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#344054\">")
              .Append(SitePage.Encode(Dollars(value))).Append("</text>");
        }
        sb.Append("</g>\n");
    }

    private static void AppendRow(StringBuilder sb, RateDistribution r, decimal axisMax, double cy)
    {
        double X(decimal v) => RateChartLayout.X(v, axisMax);
        sb.Append("<g class=\"payer\">")
          .Append("<text x=\"").Append(F(RateChartLayout.PlotLeft - 8)).Append("\" y=\"").Append(F(cy + 4))
          .Append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#101828\">").Append(SitePage.Encode(Shorten(r.Label))).Append("</text>")
          .Append("<rect class=\"band\" x=\"").Append(F(X(r.P10))).Append("\" y=\"").Append(F(cy - 4)).Append("\" width=\"")
          .Append(F(X(r.P90) - X(r.P10))).Append("\" height=\"8\" fill=\"#b2ccff\"/>")
          .Append("<rect class=\"box\" x=\"").Append(F(X(r.P25))).Append("\" y=\"").Append(F(cy - 10)).Append("\" width=\"")
          .Append(F(X(r.P75) - X(r.P25))).Append("\" height=\"20\" fill=\"#528bff\" stroke=\"#1d2939\" stroke-width=\"1\"/>")
          .Append("<line class=\"median\" x1=\"").Append(F(X(r.Median))).Append("\" x2=\"").Append(F(X(r.Median))).Append("\" y1=\"")
          .Append(F(cy - 12)).Append("\" y2=\"").Append(F(cy + 12)).Append("\" stroke=\"#101828\" stroke-width=\"3\"/>")
          .Append("</g>\n");
    }

    // Long labels would run into the plot; the table beside the chart carries the full label.
    private static string Shorten(string label) => label.Length <= MaxLabel ? label : string.Concat(label.AsSpan(0, MaxLabel - 1), "…");

    /// <summary>The longest row label drawn whole (at 12 px, what fits left of <see cref="RateChartLayout.PlotLeft"/>).</summary>
    public const int MaxLabel = 44;

    private static string Dollars(decimal value) => new Core.Money(value).ToString();

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;

namespace CodeBrief.Render.Site;

/// <summary>The numbers of <see cref="RateChart"/> as an HTML table, printed beside the SVG so nothing is only in the picture.</summary>
public static class RateChartTable
{
    /// <summary>The table for <paramref name="chart"/>; empty when it has no rows.</summary>
    public static string Render(RateChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Rows.Count == 0) return "";
        var sb = new StringBuilder(2048);
        sb.Append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(SitePage.Encode(chart.Title + ", table")).Append("\">\n")
          .Append("<table class=\"rate-table\">\n<caption>").Append(SitePage.Encode(chart.Title)).Append(" (dollars)</caption>\n<thead><tr>")
          .Append("<th scope=\"col\">").Append(SitePage.Encode(chart.RowHeader)).Append("</th><th scope=\"col\">Rates</th><th scope=\"col\">10th</th><th scope=\"col\">25th</th>")
          .Append("<th scope=\"col\">Median</th><th scope=\"col\">75th</th><th scope=\"col\">90th</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        foreach (var r in chart.Rows)
        {
            sb.Append("<tr><th scope=\"row\">").Append(SitePage.Encode(r.Label)).Append("</th><td>")
              .Append(r.Count.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var v in (ReadOnlySpan<decimal>)[r.P10, r.P25, r.Median, r.P75, r.P90])
                sb.Append("<td>").Append(SitePage.Encode(new Core.Money(v).ToString())).Append("</td>");
            sb.Append("<td>").Append(SitePage.Encode(r.Source)).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n<tfoot><tr><th scope=\"row\">Medicare reference</th><td colspan=\"7\">")
          .Append(SitePage.Encode(chart.MedicareAmount is { } m ? $"{new Core.Money(m)} ({chart.MedicareLabel})" : Core.Provenance.NotAvailable.Text))
          .Append("</td></tr></tfoot>\n</table>\n</div>");
        return sb.ToString();
    }
}

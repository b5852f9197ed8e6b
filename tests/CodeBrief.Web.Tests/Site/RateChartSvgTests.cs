using System.Globalization;
using System.Xml.Linq;
using CodeBrief.Render.Site;

namespace CodeBrief.Web.Tests.Site;

public class RateChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // Hand-built: axis top is NiceCeiling(90) = 100, so x = 290 + v/100 * 400.
    private static RateChart Chart(decimal? medicare = 29.92m) => new("86320",
    [
        new RateDistribution("Payer A (office)", 10m, 25m, 50m, 75m, 90m, 40, "a.json (2025-01), row 0"),
        new RateDistribution("Payer B <hospital> & \"lab\"", 20m, 30m, 35m, 40m, 60m, 7, "b.json (2025-02), row 0"),
    ], medicare, "CLFS national limit, CLFS 2025 Q2V1.csv (2025Q2V1), row 1560");

    private static double X(decimal dollars) => 290 + (double)dollars / 100 * 400;

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Render_HandBuiltSummary_MapsEveryPercentileToItsCoordinate()
    {
        var svg = XElement.Parse(RateChartSvg.Render(Chart()));
        svg.Attribute("data-axis-max")!.Value.ShouldBe("100");
        var rows = svg.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "payer").ToList();
        rows.Count.ShouldBe(2);

        var band = rows[0].Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "band");
        D(band, "x").ShouldBe(X(10m), 0.01);
        (D(band, "x") + D(band, "width")).ShouldBe(X(90m), 0.01);
        var box = rows[0].Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "box");
        D(box, "x").ShouldBe(X(25m), 0.01);
        (D(box, "x") + D(box, "width")).ShouldBe(X(75m), 0.01);
        var median = rows[0].Element(Svg + "line")!;
        D(median, "x1").ShouldBe(X(50m), 0.01);
        D(median, "x2").ShouldBe(X(50m), 0.01);

        var median2 = rows[1].Element(Svg + "line")!;
        D(median2, "x1").ShouldBe(X(35m), 0.01);
        // The second row sits one row height below the first.
        (D(median2, "y1") - D(median, "y1")).ShouldBe(RateChartLayout.RowHeight, 0.01);
    }

    [Fact]
    public void Render_WithMedicare_DrawsReferenceLineAtTheAmount()
    {
        var svg = XElement.Parse(RateChartSvg.Render(Chart()));
        var medicare = svg.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == "medicare");
        var line = medicare.Element(Svg + "line")!;
        D(line, "x1").ShouldBe(X(29.92m), 0.01);
        medicare.Element(Svg + "text")!.Value.ShouldBe("Medicare $29.92");
    }

    [Fact]
    public void Render_MedicareAboveEveryRate_AxisExtendsToCoverIt()
    {
        var svg = XElement.Parse(RateChartSvg.Render(Chart(medicare: 130m)));
        svg.Attribute("data-axis-max")!.Value.ShouldBe("200");
        var ticks = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").ToList();
        ticks.Count.ShouldBe(RateChartLayout.TickIntervals + 1);
        // Each tick label sits where its own value maps on the 0..200 axis.
        foreach (var tick in ticks)
            D(tick, "x").ShouldBe(290 + double.Parse(tick.Attribute("data-value")!.Value, CultureInfo.InvariantCulture) / 200 * 400, 0.01);
        ticks[^1].Value.ShouldBe("$200.00");
    }

    [Fact]
    public void Render_Always_HasTitleAndDescWithEveryNumberAndEncodedLabels()
    {
        var text = RateChartSvg.Render(Chart());
        var svg = XElement.Parse(text);
        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Element(Svg + "title")!.Value.ShouldBe("Negotiated rates for 86320 by payer");
        var desc = svg.Element(Svg + "desc")!.Value;
        foreach (var amount in new[] { "$10.00", "$25.00", "$50.00", "$75.00", "$90.00", "$20.00", "$60.00", "$29.92" })
            desc.ShouldContain(amount);
        desc.ShouldContain("Payer B <hospital> & \"lab\"");
        text.ShouldNotContain("<hospital>");
    }

    [Fact]
    public void Render_NoMedicare_SaysNotAvailableAndDrawsNoReference()
    {
        var svg = XElement.Parse(RateChartSvg.Render(Chart(medicare: null)));
        svg.Elements(Svg + "g").Any(g => (string?)g.Attribute("class") == "medicare").ShouldBeFalse();
        svg.Element(Svg + "desc")!.Value.ShouldContain(Core.Provenance.NotAvailable.Text);
    }

    [Fact]
    public void Render_NoRows_IsEmpty() =>
        RateChartSvg.Render(new RateChart("86320", [], 1m, "x")).ShouldBe("");

    [Theory]
    [InlineData("90", "100")]
    [InlineData("100", "100")]
    [InlineData("101", "200")]
    [InlineData("0.7", "1")]
    [InlineData("2.2", "2.5")]
    [InlineData("1234", "2000")]
    [InlineData("4100", "5000")]
    public void NiceCeiling_Value_RoundsUpToOneTwoTwoPointFiveOrFive(string max, string expected) =>
        RateChartLayout.NiceCeiling(decimal.Parse(max, CultureInfo.InvariantCulture)).ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Fact]
    public void TableRender_HandBuiltSummary_PrintsEveryNumberAndSource()
    {
        var table = RateChartTable.Render(Chart());
        foreach (var cell in new[] { "<td>40</td>", "<td>$10.00</td>", "<td>$90.00</td>", "<td>7</td>", "<td>$35.00</td>", "a.json (2025-01), row 0", "$29.92 (CLFS national limit" })
            table.ShouldContain(cell);
        table.ShouldContain("Payer B &lt;hospital&gt; &amp; &quot;lab&quot;");
    }
}

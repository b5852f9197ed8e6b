using System.Text.Json;
using System.Text.RegularExpressions;
using CodeBrief.Brief;
using CodeBrief.Brief.Model;
using CodeBrief.Render.Site;

namespace CodeBrief.Render.Tests;

/// <summary>Issue 18: quiet numbered citations, sentences, key facts, glossary, descriptor expansion, state map.</summary>
public partial class ReadabilityTests
{
    [Theory]
    [InlineData("86320")]
    [InlineData("0689T")]
    [InlineData("83789")]
    public void EveryFormat_NoInlineSourceText_CitationsLinkToCitedRows(string code)
    {
        var brief = BriefFixture.Build(code);
        foreach (var r in Renderers.All) r.Render(brief).ShouldNotContain("[Source:");
        var html = Renderers.For("html").Render(brief);
        // Every mark links to an entry of the cited rows, and its title is the row it cites.
        var marks = Mark().Matches(html).Select(m => (Anchor: m.Groups[1].Value, Title: m.Groups[2].Value)).ToList();
        marks.ShouldNotBeEmpty();
        foreach (var (anchor, title) in marks)
        {
            html.ShouldContain($"<li id=\"{anchor}\">");
            var entry = Regex.Match(html, $"<li id=\"{anchor}\">([^<]*)</li>").Groups[1].Value;
            entry.ShouldStartWith(title.Split(" (", 2)[0]);
        }
        html.ShouldContain("SHA-256 ");
    }

    [Fact]
    public void Markdown_86320_SummaryIsSentencesEndingInCitations()
    {
        var md = Renderers.For("md").Render(BriefFixture.Build("86320"));
        md.ShouldContain("Medicare pays $29.92 for 86320 under the Clinical Laboratory Fee Schedule (national limit). [\\[");
        md.ShouldContain("Billed with modifier 26, 86320 is paid $17.14 nationally in both settings ($16.31 in Arkansas to $23.39 in Alaska). [\\[");
        // Indicator meanings are in the glossary, not in the summary.
        var summary = md[md.IndexOf("## Summary", StringComparison.Ordinal)..md.IndexOf("## Billing Code Overview", StringComparison.Ordinal)];
        summary.ShouldNotContain("Laboratory Physician Interpretation");
        md.ShouldContain("## Glossary");
        md.ShouldContain("| PC/TC indicator | 6 | Laboratory Physician Interpretation Codes");
    }

    [Fact]
    public void KeyFacts_86320_FirstSectionWithAmountsAndWhatIsMissing()
    {
        var brief = BriefFixture.Build("86320");
        brief.Sections[0].Id.ShouldBe("key-facts");
        var md = Renderers.For("md").Render(brief);
        md.ShouldContain("| Clinical lab fee schedule | $29.92 national limit [\\[");
        md.ShouldContain("| Physician fee schedule, modifier 26 | status A; office $17.14 national ($16.31 to $23.39 by locality)");
        md.ShouldContain("| Not in the loaded data | Data not available in the input: OPPS rate; ASC rate; MUE; Medicare utilization; commercial payer rates |");
    }

    [Fact]
    public void DescriptorExpander_0689T_WritesOutEveryAbbreviation()
    {
        DescriptorExpander.Expand("Quan us tis charac w/o dx us")
            .ShouldBe("quantitative ultrasound tissue characterization without diagnostic ultrasound");
        DescriptorExpander.Expand("Quan us tis charac w/dx us").ShouldBe("quantitative ultrasound tissue characterization with diagnostic ultrasound");
        DescriptorExpander.Expand("Immunoelectrophoresis; serum").ShouldBeNull();
        var brief = BriefFixture.Build("0689T");
        brief.DescriptorExpansion.ShouldBe("quantitative ultrasound tissue characterization without diagnostic ultrasound");
        var html = Renderers.For("html").Render(brief);
        html.ShouldContain("<span class=\"label\">Expansion</span> quantitative ultrasound tissue characterization without diagnostic ultrasound");
        html.ShouldContain("<h1>0689T: Quan us tis charac w/o dx us ");
        using var json = JsonDocument.Parse(Renderers.For("json").Render(brief));
        json.RootElement.GetProperty("descriptor_expansion").GetString().ShouldBe(brief.DescriptorExpansion);
        json.RootElement.GetProperty("citations")[0].GetProperty("number").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void StateMap_86320Modifier26_OneTilePerStateWithLocalityRange()
    {
        var brief = BriefFixture.Build("86320");
        var map = brief.Sections.Single(s => s.Id == "payer-coverage").Blocks.OfType<BriefStateMap>().Single();
        map.Caption.ShouldBe("PFS office (non-facility) amount, modifier 26 by state");
        // Alaska has one locality ($23.39, the national maximum); Arkansas one ($16.31, the minimum).
        map.States.Single(s => s.State == "AK").Text.ShouldBe("$23.39");
        map.States.Single(s => s.State == "AR").Text.ShouldBe("$16.31");
        var html = Renderers.For("html").Render(brief);
        html.ShouldContain("<div class=\"tile r1 c1 q4\" title=\"AK: $23.39\" data-state=\"AK\">");
        html.ShouldContain("data-state=\"AR\">");
        StateTileMap.Tiles.Count.ShouldBeGreaterThanOrEqualTo(51);
        StateTileMap.Tiles.Values.Distinct().Count().ShouldBe(StateTileMap.Tiles.Count);
    }

    [GeneratedRegex("<a href=\"#(src-\\d+)\" title=\"([^\"]*)\">")]
    private static partial Regex Mark();
}

using System.Text.Json;
using CodeBrief.Dossier;
using CodeBrief.Testing;

namespace CodeBrief.Render.Tests;

/// <summary>Rendered briefs over the warehouse loaded with the evidence fixtures and the mirror's code sets.</summary>
public sealed class EvidenceRenderTests(EvidenceHome home) : IClassFixture<EvidenceHome>
{
    private JsonElement Json(string code)
    {
        var brief = Brief.BriefBuilder.Build(new DossierBuilder(home.Db).Build(code), BriefFixture.GeneratedOn);
        using var doc = JsonDocument.Parse(Renderers.For("json").Render(brief));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Json_CodeWithUtilization_TaxonomiesHaveUtilizationBasis()
    {
        var taxonomies = Json("83036").GetProperty("taxonomies");

        taxonomies.EnumerateArray().ShouldAllBe(t => t.GetProperty("basis").GetString() == "utilization");
        taxonomies[0].GetProperty("code").GetString().ShouldBe("291U00000X");
        taxonomies[0].GetProperty("specialty").GetString().ShouldBe("Clinical Medical Laboratory");
        taxonomies[0].GetProperty("source").GetProperty("dataset").GetString().ShouldBe("nucc");
    }

    [Fact]
    public void Json_CodeWithoutUtilization_TaxonomiesHaveCrosswalkBasis() =>
        Json("83789").GetProperty("taxonomies").EnumerateArray().ShouldAllBe(t => t.GetProperty("basis").GetString() == "crosswalk");

    [Fact]
    public void Json_Diagnoses_SourceIsTheArticleRowAndBillableFromIcd10()
    {
        var e119 = Json("83036").GetProperty("diagnoses").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "E11.9");

        e119.GetProperty("description").GetString().ShouldBe("Type 2 diabetes mellitus without complications");
        e119.GetProperty("billable").GetBoolean().ShouldBeTrue();
        e119.GetProperty("source").GetProperty("dataset").GetString().ShouldBe("lcd-article-icd10");
        e119.GetProperty("source").GetProperty("row").GetInt64().ShouldBe(5);
        e119.GetProperty("code_set_source").GetProperty("row").GetInt64().ShouldBe(3511);
    }

    [Theory]
    [InlineData("83036")]
    [InlineData("99213")]
    [InlineData("82306")]
    [InlineData("83789")]
    public void Markdown_EvidenceBrief_CodesAndNumbersGrounded(string code) =>
        GroundingTests.AssertGrounded(home.Db, new DossierBuilder(home.Db), code);
}

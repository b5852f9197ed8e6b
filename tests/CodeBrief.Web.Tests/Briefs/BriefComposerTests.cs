using CodeBrief.Core;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;
using CodeBrief.Testing;
using CodeBrief.Web.Briefs;

namespace CodeBrief.Web.Tests.Briefs;

public class BriefComposerTests
{
    private static PayerRateSummary Summary(string payer, decimal median, string type = "negotiated") => new(payer, false, "professional", "unspecified",
        "non-facility", "global", type, type != "percentage", 12, 0, "log-IQR 1.5x", 5, null, null,
        median - 10, median - 8, median - 4, median, median + 4, median + 8, median + 10,
        null, null, null, null, null, null, null, null, null, null,
        "medium", "percentiles text", "outlier text", "confidence text", [new SourceRef("tic-in-network", "plan.json.gz", "2025-06", 0)]);

    [Fact]
    public void Chart_OnlyPercentageRates_HasNoChart()
    {
        using var fixture = FixtureWarehouse.Open();
        var dossier = new DossierBuilder(fixture.Warehouse).Build("86320") with { Payers = [Summary("Payer A", 40m, "percentage")] };
        BriefComposer.Chart(dossier).ShouldBeNull();
    }

    [Fact]
    public void Chart_LabCodeWithPayers_UsesClfsLimitAsMedicareReference()
    {
        using var fixture = FixtureWarehouse.Open();
        var dossier = new DossierBuilder(fixture.Warehouse).Build("86320") with { Payers = [Summary("Payer A", 30m), Summary("Payer B", 40m)] };
        var chart = BriefComposer.Chart(dossier)!;
        chart.MedicareAmount.ShouldBe(29.92m);
        chart.MedicareLabel.ShouldBe("CLFS national limit, CLFS 2025 Q2V1.csv (2025Q2V1), row 1560");
        chart.Rows.Select(r => r.Label).ShouldBe(["Payer A (professional, non-facility, modifier global)", "Payer B (professional, non-facility, modifier global)"]);
        chart.Rows[1].P10.ShouldBe(32m);
        chart.Rows[1].P90.ShouldBe(48m);
        chart.Rows[1].Median.ShouldBe(40m);
        chart.Rows[0].Source.ShouldBe("plan.json.gz (2025-06)");
    }

    [Fact]
    public void Chart_NoPayers_IsNull()
    {
        using var fixture = FixtureWarehouse.Open();
        BriefComposer.Chart(new DossierBuilder(fixture.Warehouse).Build("86320")).ShouldBeNull();
    }

    [Fact]
    public void Compose_KnownCode_BodyIsTheHtmlBriefWithoutItsPageShell()
    {
        using var fixture = FixtureWarehouse.Open();
        HcpcsCode.TryParse("86320", out var code).ShouldBeTrue();
        var content = new BriefComposer(fixture.Warehouse, TimeProvider.System).Compose(code)!;
        content.BodyHtml.ShouldContain("<section id=\"payer-coverage\">");
        content.BodyHtml.ShouldNotContain("<style>");
        content.BodyHtml.ShouldNotContain("<html");
        content.Json.ShouldContain("\"code\": \"86320\"");
        content.Related.ShouldNotBeEmpty();
    }

    [Fact]
    public void Compose_UnknownCode_IsNull()
    {
        using var fixture = FixtureWarehouse.Open();
        HcpcsCode.TryParse("86399", out var code).ShouldBeTrue();
        new BriefComposer(fixture.Warehouse, TimeProvider.System).Compose(code).ShouldBeNull();
    }
}

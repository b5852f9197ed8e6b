using System.Text.Json;
using CodeBrief.Brief;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Render.Tests;

public class RendererTests
{
    private static readonly string[] Titles =
        ["Summary & Overview", "Billing Code Overview", "Clinical & Coding Specifications", "Payer Coverage & Reimbursement", "Policy & Billing Notes", "Sources"];

    [Theory]
    [InlineData("83789")]
    [InlineData("0689T")]
    public void Markdown_EverySectionInSeedOrder(string code)
    {
        var md = Renderers.For("md").Render(BriefFixture.Build(code));
        var positions = Titles.Select(t => md.IndexOf("## " + t.Replace("&", "&", StringComparison.Ordinal), StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBe(positions.Order().ToList());
    }

    [Fact]
    public void Markdown_83789_ClfsLimitAndNotAvailableText()
    {
        var md = Renderers.For("md").Render(BriefFixture.Build("83789"));
        md.ShouldContain("$24.11");
        md.ShouldContain("CLFS 2025 Q2V1.csv (2025Q2V1), row 1228");
        md.ShouldContain("Coverage articles are not fetched: on a machine with internet run");
        md.ShouldContain("(or load a diagnosis crosswalk). " + NotAvailable.Text);
        md.ShouldContain("Negotiated rates from payer price-transparency files: " + NotAvailable.Text);
    }

    [Fact]
    public void Markdown_86320_PfsProfessionalAmountAndRange()
    {
        var md = Renderers.For("md").Render(BriefFixture.Build("86320"));
        md.ShouldContain("$17.14");
        md.ShouldContain("$16.31 (ARKANSAS) to $23.39 (ALASKA\\*), 109 localities");
    }

    [Fact]
    public void Html_SelfContainedWithoutScriptsOrExternalAssets()
    {
        var html = Renderers.For("html").Render(BriefFixture.Build("86320"));
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldNotContain("<link");
        html.ShouldContain("<section id=\"payer-coverage\">");
        html.ShouldContain("<table>");
        html.ShouldContain("ALASKA*");
    }

    [Fact]
    public void Json_ContractFieldsPresent()
    {
        using var doc = JsonDocument.Parse(Renderers.For("json").Render(BriefFixture.Build("86320")));
        var root = doc.RootElement;
        root.GetProperty("code").GetString().ShouldBe("86320");
        root.GetProperty("code_type").GetString().ShouldBe("CPT Category I");
        root.GetProperty("descriptor").GetProperty("text").GetString().ShouldBe("Immunoelectrophoresis; serum");
        root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(BriefBuilder.SectionIds);
        root.GetProperty("medicare").GetProperty("clfs_national_limit").GetDecimal().ShouldBe(29.92m);
        var pfs26 = root.GetProperty("medicare").GetProperty("pfs")[1];
        pfs26.GetProperty("modifier").GetString().ShouldBe("26");
        pfs26.GetProperty("nonfacility_national").GetDecimal().ShouldBe(17.14m);
        pfs26.GetProperty("locality_max").GetProperty("nonfacility").GetProperty("locality").GetString().ShouldBe("ALASKA*");
        root.GetProperty("modifiers")[0].GetProperty("when_to_use").GetString()!.ShouldNotBeEmpty();
        root.GetProperty("diagnoses")[0].GetProperty("billable").GetBoolean().ShouldBeTrue();
        root.GetProperty("payers").GetArrayLength().ShouldBe(0);
        root.GetProperty("sources").GetArrayLength().ShouldBeGreaterThan(3);
        root.GetProperty("dossier").GetProperty("code").GetString().ShouldBe("86320");
    }

    [Fact]
    public void Markdown_HandBuiltPayerSummary_RowWithAllFigures()
    {
        var brief = BriefFixture.Build("86320");
        var src = new SourceRef("tic-in-network", "example-payer.json.gz", "2026-01", 0);
        var pfs = new SourceRef("pfs-rvu", "PPRRVU2025_Oct.csv", "RVU25D", 10458);
        var payer = new PayerRateSummary("Example Payer", true, "professional", "unspecified", "non-facility", "26", "negotiated", true,
            12, 1, "log-IQR 1.5x", 5, null, 3, 20.00m, 21.50m, 24.00m, 26.25m, 28.00m, 31.00m, 35.10m,
            17.14m, "PFS national non-facility amount, modifier 26", pfs, 116.7m, 125.4m, 140.0m, 153.2m, 163.4m, 180.9m, 204.8m,
            "medium", "percentiles text", "outlier text", "confidence text", [src]);
        var withPayer = BriefBuilder.Build(brief.Dossier with { Payers = [payer] }, BriefFixture.GeneratedOn);
        var md = Renderers.For("md").Render(withPayer);
        md.ShouldContain("### Example Payer (synthetic)\n");
        md.ShouldContain("| professional claims, office (non-facility), modifier 26 (professional component) | 12 | 5 | "
            + NotAvailable.Text + " | 3 | $20.00 (116.7% of Medicare) | $21.50 (125.4% of Medicare) | $24.00 (140.0% of Medicare) | $26.25 (153.2% of Medicare) "
            + "| $28.00 (163.4% of Medicare) | $31.00 (180.9% of Medicare) | $35.10 (204.8% of Medicare) "
            + "| $17.14 (PFS national non-facility amount, modifier 26) | medium | 1 (log-IQR 1.5x) | [\\[");
        md.ShouldContain("No rates loaded for Aetna, Blue Cross Blue Shield, Cigna, UnitedHealthcare: " + NotAvailable.Text);
        md.ShouldContain("outlier text");
        md.ShouldContain("Example Payer (synthetic) has a median negotiated rate of $26.25 over 12 rates (professional claims, office (non-facility), modifier 26 (professional component)).");
        md.ShouldNotContain("[Source:");
        md.ShouldNotContain("Negotiated rates from payer price-transparency files: " + NotAvailable.Text);
    }

    [Fact]
    public void For_UnknownFormat_UsageException() => Should.Throw<CodeBrief.Core.Errors.UsageException>(() => Renderers.For("pdf"));
}

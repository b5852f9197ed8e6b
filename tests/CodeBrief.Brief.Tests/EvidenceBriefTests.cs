using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Testing;

namespace CodeBrief.Brief.Tests;

/// <summary>Briefs over a warehouse loaded through the real readers with the evidence fixtures and the mirror's code sets.</summary>
public sealed class EvidenceBriefTests(EvidenceHome home) : IClassFixture<EvidenceHome>
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    private BriefSection Section(string code, string id) =>
        BriefBuilder.Build(new DossierBuilder(home.Db).Build(code), Day).Sections.Single(s => s.Id == id);

    private static BriefTable TableAfter(BriefSection section, string heading)
    {
        var blocks = section.Blocks.ToList();
        var at = blocks.FindIndex(b => b is BriefHeading h && h.Text == heading);
        return blocks.Skip(at + 1).TakeWhile(b => b is not BriefHeading).OfType<BriefTable>().Single();
    }

    [Fact]
    public void Build_CodeWithUtilization_TaxonomyTableIsUtilizationBased()
    {
        var clinical = Section("83036", "clinical-coding");

        var table = TableAfter(clinical, "Provider Taxonomy");
        table.Rows.ShouldAllBe(r => r[3].Text == "utilization");
        table.Rows[0][0].Text.ShouldBe("291U00000X");
        table.Rows[0][2].Text.ShouldStartWith("Provider type Clinical Laboratory billed 6,011 services to 5,120 beneficiaries (80.8%");
        table.Rows[0][2].Sources.ShouldContain(s => s.Dataset == "specialty-taxonomy-crosswalk" && s.Row == 13);
        clinical.Blocks.OfType<BriefParagraph>().ShouldContain(p => p.Text.StartsWith("From Medicare utilization by provider type (data year 2022)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_CodeWithoutUtilization_TaxonomyTableFromTheFamilyMappingThroughTheCrosswalk()
    {
        var clinical = Section("83789", "clinical-coding");

        TableAfter(clinical, "Provider Taxonomy").Rows.ShouldAllBe(r => r[3].Text == "crosswalk" && r[2].Text.StartsWith("Editorial mapping:", StringComparison.Ordinal));
        clinical.Blocks.OfType<BriefParagraph>().ShouldContain(p => p.Text.Contains("editorial family mapping to Medicare specialties", StringComparison.Ordinal)
            && p.Text.Contains("(basis crosswalk)", StringComparison.Ordinal));
        clinical.Blocks.OfType<BriefParagraph>().ShouldContain(p => p.Text == $"No loaded coverage article lists this code, and no diagnosis crosswalk names it. {NotAvailable.Text}.");
    }

    [Fact]
    public void Build_CodeWithArticles_DiagnosesWithBillableFlagAndUnlistedCount()
    {
        var clinical = Section("83036", "clinical-coding");

        var tables = clinical.Blocks.SkipWhile(b => b is not BriefHeading { Text: "Related ICD-10-CM Diagnoses" }).Skip(1)
            .TakeWhile(b => b is not BriefHeading).OfType<BriefTable>().ToList();
        // The articles that list 83036 (one row each), then the covered codes.
        tables[0].Rows.Select(r => r[0].Text).ShouldBe(["A99901 v12", "A99903 v3"]);
        var covered = tables[0].Header.ToList().IndexOf("Covered ICD-10-CM");
        tables[0].Rows[0][covered].Text.ShouldBe("8 (8 in the loaded ICD-10-CM code set)");
        tables[0].Rows[1][covered].Text.ShouldBe("3 (2 in the loaded ICD-10-CM code set)");
        var table = tables[1];
        table.Rows.Select(r => (r[0].Text, r[2].Text)).ShouldContain(("E11.9", "yes"));
        table.Rows.Count.ShouldBe(9);
        table.Rows.ShouldNotContain(r => r[0].Text == "R73.0");
        table.Rows.Single(r => r[0].Text == "Z13.1")[3].Text.ShouldBe("LCD article A99903 version 3, covered group 1");
        clinical.Blocks.OfType<BriefParagraph>().ShouldContain(p =>
            p.Text.StartsWith("1 related code is not in the loaded ICD-10-CM code set", StringComparison.Ordinal) && p.Text.EndsWith("as diagnoses: R73.0.", StringComparison.Ordinal)
            && p.Sources.Count == 1);
    }

    [Fact]
    public void Build_CodeWithUtilization_PolicyNotesCarryNationalUtilization()
    {
        var items = Section("83036", "policy-notes").Blocks.OfType<BriefList>().Single().Items;

        var office = items.Single(p => p.Text.Contains("office and other non-facility settings", StringComparison.Ordinal));
        office.Text.ShouldBe("Medicare utilization, data year 2022, office and other non-facility settings: 10,318,275 services to 6,240,418 beneficiaries, "
            + "average allowed amount $9.71 per service, 9,852 rendering providers (national).");
        office.Sources.ShouldHaveSingleItem().Row.ShouldBe(7);
        items.ShouldNotContain(p => p.Text.EndsWith(NotAvailable.Text + ".", StringComparison.Ordinal) && p.Text.StartsWith("Medicare utilization", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_CodeWithoutUtilization_PolicyNotesSayNotAvailable()
    {
        var items = Section("83789", "policy-notes").Blocks.OfType<BriefList>().Single().Items;

        items.ShouldContain(p => p.Text == "Medicare utilization (services, beneficiaries, allowed amounts by year): the loaded Medicare utilization file has "
            + $"no national row for this code. {NotAvailable.Text}.");
    }
}

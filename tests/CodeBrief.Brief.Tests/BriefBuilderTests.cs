using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Testing;

namespace CodeBrief.Brief.Tests;

public sealed class BriefBuilderTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private readonly FixtureWarehouse _db = FixtureWarehouse.Open();

    public void Dispose() => _db.Dispose();

    private BriefDocument Build(string code) => BriefBuilder.Build(new DossierBuilder(_db.Warehouse).Build(code), Day);

    [Fact]
    public void Build_AnyCode_SectionsInSeedOrder()
    {
        Build("83789").Sections.Select(s => s.Title).ShouldBe(
            ["Key Facts", "Summary & Overview", "Billing Code Overview", "Clinical & Coding Specifications", "Payer Coverage & Reimbursement", "Policy & Billing Notes",
             "What Changed", "Glossary", "Sources"]);
    }

    [Fact]
    public void Build_0689T_NoClfsNoDiagnoses_NotAvailableText()
    {
        var brief = Build("0689T");
        var payer = brief.Sections.Single(s => s.Id == "payer-coverage");
        payer.Blocks.OfType<BriefParagraph>().ShouldContain(p => p.Text.Contains("not on the loaded CLFS", StringComparison.Ordinal) && p.Text.EndsWith(NotAvailable.Text + ".", StringComparison.Ordinal));
        var clinical = brief.Sections.Single(s => s.Id == "clinical-coding");
        clinical.Blocks.OfType<BriefParagraph>().ShouldContain(p => p.Text == "Coverage articles are not fetched: on a machine with internet run "
            + $"`codebrief data fetch --live coverage`, then `codebrief data load` (or load a diagnosis crosswalk). {NotAvailable.Text}.");
    }

    [Fact]
    public void Build_0689T_CarrierPricedStatusInWords()
    {
        // The summary names the status; the glossary says what it means.
        var brief = Build("0689T");
        brief.Sections.Single(s => s.Id == "summary").Blocks.OfType<BriefParagraph>()
            .ShouldContain(p => p.Text == "Under the Physician Fee Schedule, 0689T is not priced nationally (PFS status C; see the glossary).");
        var glossary = brief.Sections.Single(s => s.Id == "glossary").Blocks.OfType<BriefTable>().Single();
        glossary.Rows.ShouldContain(r => r[0].Text == "PFS status" && r[1].Text == "C" && r[2].Text.StartsWith("Contractors price the code", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EveryTableCellWithText_HasSourceOrIsLabel()
    {
        // A Source column cell carries the references it prints, except on rows that say the fact is not available.
        foreach (var table in Build("86320").Sections.SelectMany(s => s.Blocks).OfType<BriefTable>())
            foreach (var row in table.Rows)
            {
                row.Count.ShouldBe(table.Header.Count);
                if (table.Header[^1] == "Source" && !row.Any(c => c.Text == NotAvailable.Text)) row[^1].Sources.ShouldNotBeEmpty();
            }
    }

    [Fact]
    public void Build_ParagraphsWithFacts_CarryTheirSources()
    {
        var summary = Build("83789").Sections.Single(s => s.Id == "summary");
        summary.Blocks.OfType<BriefParagraph>().Single(p => p.Text.Contains("$24.11", StringComparison.Ordinal)).Sources
            .ShouldContain(new SourceRef("clfs", "CLFS 2025 Q2V1.csv", "2025Q2V1", 1228));
    }

    [Fact]
    public void Build_NoDescriptor_HeadlineIsNotAvailable()
    {
        var dossier = new DossierBuilder(_db.Warehouse).Build("83789");
        var brief = BriefBuilder.Build(dossier with { Descriptors = [] }, Day);
        brief.Descriptor.ShouldBe(NotAvailable.Text);
        brief.DescriptorSource.ShouldBeNull();
    }

    [Fact]
    public void Build_G2211_AddOnPrimaryOutsideLoadedSets_ListedWithItsNote()
    {
        var clinical = Build("G2211").Sections.Single(s => s.Id == "clinical-coding");
        var row = clinical.Blocks.OfType<BriefTable>().SelectMany(t => t.Rows).Single(r => r[0].Text == "99203");
        row[2].Text.ShouldContain("Not in the loaded code sets");
        row[4].Text.ShouldBe("not in the loaded PFS");
    }
}

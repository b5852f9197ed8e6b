using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Testing;

namespace CodeBrief.Brief.Tests;

public sealed class DmeposBriefTests(DmeposBriefTests.Home home) : IClassFixture<DmeposBriefTests.Home>
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private static readonly SourceRef Line750 = new("dmepos", "DMEPOS26_JAN.csv", "DMEPOS26_JAN", 750);

    /// <summary>One loaded warehouse for the class.</summary>
    public sealed class Home : IDisposable
    {
        internal DmeposHome Db { get; } = new();

        public void Dispose() => Db.Dispose();
    }

    private static List<BriefBlock> Medicare(BriefDocument brief) => brief.Sections.Single(s => s.Id == "payer-coverage").Blocks.ToList();

    private static int DmeposAt(List<BriefBlock> blocks) =>
        blocks.FindIndex(b => b is BriefParagraph p && p.Text.StartsWith("DMEPOS fee schedule", StringComparison.Ordinal));

    [Fact]
    public void Build_E0601_RowWithCategoryRangesAndEveryFigureCitingLine750()
    {
        var blocks = Medicare(BriefBuilder.Build(new DossierBuilder(home.Db.Warehouse).Build("E0601"), Day));

        var at = DmeposAt(blocks);
        at.ShouldBeGreaterThan(0);
        var table = blocks[at + 1].ShouldBeOfType<BriefTable>();
        table.Header.ShouldBe(["Modifier", "Payment category", "Non-rural fee across states", "Rural fee across states", "Ceiling and floor", "Source"]);
        var row = table.Rows.ShouldHaveSingleItem();
        row.Select(c => c.Text).ShouldBe(
        [
            "RR", "CR: capped rental item", "$50.04 (DC) to $100.22 (PR), 53 states", "$86.69 (AR) to $97.02 (AL), 49 states", "not used",
            "DMEPOS26_JAN.csv (DMEPOS26_JAN), row 750",
        ], customMessage: "cells");
        row.ShouldAllBe(c => c.Sources.Contains(Line750));
    }

    [Fact]
    public void Build_E0601_StateTableShowsCaliforniaAndTexasAndNoZeroDollarFee()
    {
        var blocks = Medicare(BriefBuilder.Build(new DossierBuilder(home.Db.Warehouse).Build("E0601"), Day));

        blocks[DmeposAt(blocks) + 2].ShouldBeOfType<BriefParagraph>().Sources.ShouldBe([Line750]);
        var states = blocks[DmeposAt(blocks) + 3].ShouldBeOfType<BriefTable>();
        states.Header.ShouldBe(["State", "RR"]);
        states.Rows.Count.ShouldBe(53);
        states.Rows.Single(r => r[0].Text == "CA")[1].Text.ShouldBe("$50.44; rural $93.04");
        states.Rows.Single(r => r[0].Text == "TX")[1].Text.ShouldStartWith("$50.91; ");
        states.Rows.Single(r => r[0].Text == "PR")[1].Text.ShouldBe("$100.22; no rural fee"); // PR (R) is 0 on line 750
        states.Rows.ShouldAllBe(r => !r[1].Text.Contains("$0.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_E0601_SummaryHeadlineNamesTheDmeposRow()
    {
        var brief = BriefBuilder.Build(new DossierBuilder(home.Db.Warehouse).Build("E0601"), Day);

        var headline = brief.Sections.Single(s => s.Id == "summary").Blocks.OfType<BriefParagraph>()
            .Single(p => p.Text.Contains("DMEPOS", StringComparison.Ordinal));
        headline.Text.ShouldBe("On the DMEPOS fee schedule, the fee with modifier RR runs from $50.04 in DC to $100.22 in PR (non-rural).");
        brief.Sections.Single(s => s.Id == "glossary").Blocks.OfType<BriefTable>().Single().Rows
            .ShouldContain(r => r[0].Text == "DMEPOS payment category" && r[2].Text.Contains("capped rental", StringComparison.Ordinal));
        headline.Sources.ShouldContain(Line750);
    }

    [Fact]
    public void Build_CodeWithoutDmepos_SaysDataNotAvailable()
    {
        using var db = FixtureWarehouse.Open();

        var blocks = Medicare(BriefBuilder.Build(new DossierBuilder(db.Warehouse).Build("86320"), Day));

        var paragraph = blocks[DmeposAt(blocks)].ShouldBeOfType<BriefParagraph>();
        paragraph.Text.ShouldContain(NotAvailable.Text);
        paragraph.Sources.ShouldBeEmpty();
    }
}

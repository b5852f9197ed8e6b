using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Brief;
using CodeBrief.Brief.Model;
using CodeBrief.Dossier;
using CodeBrief.Testing;

namespace CodeBrief.Render.Tests;

/// <summary>
/// The grounding check: every code token in every rendered fixture brief exists in the fixture warehouse, and every number
/// in a brief appears among the numbers of its dossier. The generated-on date is the one number from outside the dossier.
/// </summary>
public class GroundingTests
{
    [Fact]
    public void EveryFixtureBrief_CodesExistInLoadedSets_NumbersAppearInDossier()
    {
        using var db = FixtureWarehouse.Open();
        var builder = new DossierBuilder(db.Warehouse);
        builder.AllCodes().Count.ShouldBe(25); // the distinct codes of the fixture PFS, CLFS and HCPCS rows
        foreach (var code in builder.AllCodes()) AssertGrounded(db.Warehouse, builder, code);
    }

    /// <summary>Renders the brief of <paramref name="code"/> and asserts <see cref="GroundingCheck"/> finds no problem in it.</summary>
    internal static void AssertGrounded(SqliteWarehouse db, DossierBuilder builder, string code)
    {
        var brief = BriefBuilder.Build(builder.Build(code), BriefFixture.GeneratedOn);
        var md = Renderers.For("md").Render(brief);
        new GroundingCheck(db).Problems(code, brief.Dossier, md, Modifiers(brief)).ShouldBeEmpty();
    }

    // The modifiers as the brief prints them: the first column of the table under the Modifiers heading.
    private static IEnumerable<string> Modifiers(BriefDocument brief)
    {
        var clinical = brief.Sections.Single(s => s.Id == "clinical-coding");
        var at = clinical.Blocks.ToList().FindIndex(b => b is BriefHeading { Text: "Modifiers" });
        return clinical.Blocks[at + 1] is BriefTable t ? t.Rows.Select(r => r[0].Text) : [];
    }
}

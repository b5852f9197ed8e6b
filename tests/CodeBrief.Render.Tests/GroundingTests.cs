using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier;
using CodeBrief.Testing;
using Dapper;

namespace CodeBrief.Render.Tests;

/// <summary>
/// The grounding check: every code token in every rendered fixture brief exists in the fixture warehouse, and every number
/// in a brief appears among the numbers of its dossier. The generated-on date is the one number from outside the dossier.
/// </summary>
public partial class GroundingTests
{
    [GeneratedRegex(@"(?<!row )\b(\d{4}[0-9FTUM]|[A-V]\d{4})\b")]
    private static partial Regex ProcedureCode();

    [GeneratedRegex(@"\b[A-Z]\d{2}\.[0-9A-Z]{1,4}\b")]
    private static partial Regex IcdToken();

    [GeneratedRegex(@"\b[0-9A-Z]{9}X\b")]
    private static partial Regex TaxonomyToken();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"(?<=\d),(?=\d{3})")]
    private static partial Regex ThousandsComma();

    [Fact]
    public void EveryFixtureBrief_CodesExistInLoadedSets_NumbersAppearInDossier()
    {
        using var db = FixtureWarehouse.Open();
        var builder = new DossierBuilder(db);
        builder.AllCodes().Count.ShouldBe(25); // the distinct codes of the fixture PFS, CLFS and HCPCS rows
        foreach (var code in builder.AllCodes()) AssertGrounded(db, builder, code);
    }

    /// <summary>
    /// Checks one brief: its CPT/HCPCS, ICD-10-CM, taxonomy and modifier tokens are in the loaded sets of
    /// <paramref name="db"/>, and each of its numbers appears in its dossier.
    /// </summary>
    internal static void AssertGrounded(System.Data.Common.DbConnection db, DossierBuilder builder, string code)
    {
        var codes = builder.AllCodes().ToHashSet(StringComparer.Ordinal);
        var icd = db.Query<string>("SELECT code FROM icd10cm").Select(c => IcdCode.TryParse(c, out var i) ? i.Display : c).ToHashSet(StringComparer.Ordinal);
        var nucc = db.Query<string>("SELECT code FROM nucc_taxonomy").ToHashSet(StringComparer.Ordinal);
        var levelIIModifiers = db.Query<string>("SELECT code FROM modifiers UNION SELECT modifier FROM pfs_rvu UNION SELECT modifier FROM clfs")
            .ToHashSet(StringComparer.Ordinal);

        var brief = BriefBuilder.Build(builder.Build(code), BriefFixture.GeneratedOn);
        var md = Renderers.For("md").Render(brief);
        var body = string.Join("\n", md.Split('\n').Where(l => !l.Contains("Generated on", StringComparison.Ordinal)));
        // Names of code sets and hashes in the fixed template text carry digits that are not facts.
        var numbersBody = body.Replace("ICD-10-CM", "ICD-CM", StringComparison.Ordinal).Replace("SHA-256", "SHA", StringComparison.Ordinal);

        foreach (Match m in ProcedureCode().Matches(body)) codes.ShouldContain(m.Value, $"{code}: code {m.Value} is not in the loaded sets");
        foreach (Match m in IcdToken().Matches(body)) icd.ShouldContain(m.Value, $"{code}: ICD-10-CM {m.Value} is not loaded");
        foreach (Match m in TaxonomyToken().Matches(body))
            if (TaxonomyCode.TryParse(m.Value, out _)) nucc.ShouldContain(m.Value, $"{code}: taxonomy {m.Value} is not loaded");
        foreach (var modifier in Modifiers(brief))
            (levelIIModifiers.Contains(modifier) || ModifierRules.CptModifiers.Contains(modifier) || PfsIndicators.ModifiersNamedByLayout.Contains(modifier))
                .ShouldBeTrue($"{code}: modifier {modifier} is in no loaded set");

        var dossierNumbers = Numbers(DossierJson.Serialize(brief.Dossier));
        foreach (var n in Numbers(numbersBody)) dossierNumbers.ShouldContain(n, $"{code}: number {n} is not in its dossier");
    }

    private static IEnumerable<string> Modifiers(BriefDocument brief)
    {
        var clinical = brief.Sections.Single(s => s.Id == "clinical-coding");
        var at = clinical.Blocks.ToList().FindIndex(b => b is BriefHeading { Text: "Modifiers" });
        return clinical.Blocks[at + 1] is BriefTable t ? t.Rows.Select(r => r[0].Text) : [];
    }

    private static HashSet<string> Numbers(string text) =>
        NumberToken().Matches(ThousandsComma().Replace(text, "")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}

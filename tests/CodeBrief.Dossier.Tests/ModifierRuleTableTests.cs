using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier.Rules;

namespace CodeBrief.Dossier.Tests;

/// <summary>The rule table against its sources: file-backed rules against the loaded files, editorial rules for a citation and no AMA text.</summary>
public sealed partial class ModifierRuleTableTests(MirrorHome home) : IClassFixture<MirrorHome>
{
    private static readonly IReadOnlyList<ModifierRule> Rules = ModifierRuleTable.Rules;

    [Fact]
    public void EveryLevelIIModifier_IsARowOfTheLoadedHcpcsModifierFile()
    {
        var levelII = Rules.SelectMany(r => r.Modifiers).Where(m => ModifierCode.TryParse(m, out var c) && !c.IsCpt).Distinct().ToList();
        levelII.Count.ShouldBeGreaterThan(30);
        foreach (var m in levelII)
        {
            var row = home.Db.Reference.Modifier(m);
            row.ShouldNotBeNull($"{m} is not in the loaded HCPCS modifier file");
            row.Source.Dataset.ShouldBe("hcpcs-modifiers");
            row.TerminationDate.ShouldBeNullOrEmpty();
        }
    }

    [Fact]
    public void PfsIndicatorRules_TheirValuesOccurInTheLoadedPfs()
    {
        // Each rule's indicator values are ones the loaded PFS uses: sampled rows with BILAT SURG 1 and 3, ASST SURG 2, CO SURG 1 and 2,
        // TEAM SURG 1 and 2, MULT PROC 2 and 3.
        var global = new[] { "27447", "0633T", "27198", "33367", "61611", "31510" }
            .SelectMany(c => home.Db.Reference.Pfs(c)).ToList();
        foreach (var rule in Rules.Where(r => r.Condition is PfsIndicatorCalls))
        {
            var condition = (PfsIndicatorCalls)rule.Condition;
            var listed = condition.ListedValues(condition.JudgeAs ?? rule.Modifiers[0]);
            listed.ShouldNotBeEmpty(rule.Id);
            listed.Where(v => global.Any(r => Field(r, condition.Field) == v)).ShouldNotBeEmpty($"{rule.Id}: no listed {condition.Field} value in the PFS");
        }
        // 27447 (BILAT SURG 1, ASST SURG 2, CO SURG 1, MULT PROC 2) fires every indicator rule but team surgery.
        var d = home.Builder.Build("27447");
        d.Modifiers.Where(m => m.Basis == RuleBasis.PfsIndicator).Select(m => m.RuleId).Distinct()
            .ShouldBe(["BI-50", "BI-LTRT", "SU-80", "SU-81", "SU-82", "SU-AS", "SU-62", "MP-51"]);
    }

    [Fact]
    public void ClfsRules_TheClfsHasRowsWithTheirModifier()
    {
        home.Db.Reference.Clfs("80061").Select(c => c.Modifier).ShouldContain("QW");
        Rules.Single(r => r.Id == "LB-QW").Basis.ShouldBe(RuleBasis.Clfs);
    }

    [Fact]
    public void EditorialRules_CiteAManualChapterAndSection_AndOnlyCptModifiers()
    {
        foreach (var rule in Rules.Where(r => r.IsEditorial))
        {
            ManualCitation().IsMatch(rule.Citation).ShouldBeTrue($"{rule.Id}: {rule.Citation}");
            rule.Modifiers.Where(m => !IsCpt(m)).ShouldBeEmpty(rule.Id);
        }
        // CPT Level I modifiers, which no loaded file holds, rest on the manual or a loaded indicator, never on the modifier file.
        foreach (var rule in Rules.Where(r => r.Modifiers.All(IsCpt)))
            rule.Basis.ShouldNotBe(RuleBasis.HcpcsModifierFile, rule.Id);
    }

    [Fact]
    public void WhenToUse_IsOurOwnWords_NoAmaModifierTitles()
    {
        // Phrases of the AMA's CPT modifier titles and descriptors (quoted here only to test that none is reproduced).
        string[] ama =
        [
            "significant, separately identifiable", "decision for surgery", "staged or related procedure", "unplanned return to the operating",
            "unrelated procedure or service by the same physician", "distinct procedural service", "repeat procedure or service by same",
            "assistant surgeon", "minimum assistant surgeon", "bilateral procedure", "multiple procedures", "reference (outside) laboratory",
            "repeat clinical diagnostic laboratory test", "other qualified health care professional", "unusual anesthesia",
        ];
        foreach (var rule in Rules)
        {
            rule.WhenToUse.Length.ShouldBeGreaterThan(20, rule.Id);
            foreach (var phrase in ama) rule.WhenToUse.ShouldNotContain(phrase, Case.Insensitive, rule.Id);
        }
    }

    [Fact]
    public void Table_CoversEveryClassTheIssueNames()
    {
        var byClass = Rules.GroupBy(r => r.Class).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Modifiers).ToHashSet());
        byClass.Keys.ShouldBe(CodeClass.All, ignoreOrder: true);
        byClass[CodeClass.EvaluationAndManagement].ShouldBe(["25", "57", "24", "FS", "GC"], ignoreOrder: true);
        byClass[CodeClass.GlobalSurgery].ShouldBe(["58", "78", "79", "54", "55", "56", "76", "77"], ignoreOrder: true);
        byClass[CodeClass.DistinctService].ShouldBe(["59", "XE", "XS", "XP", "XU"], ignoreOrder: true);
        byClass[CodeClass.Bilateral].ShouldBe(["50", "LT", "RT"], ignoreOrder: true);
        byClass[CodeClass.Surgeons].ShouldBe(["80", "81", "82", "AS", "62", "66"], ignoreOrder: true);
        byClass[CodeClass.Anesthesia].ShouldBe(["AA", "AD", "QK", "QX", "QY", "QZ", "QS", "G8", "G9", "23", "P1", "P2", "P3", "P4", "P5", "P6"], ignoreOrder: true);
        byClass[CodeClass.Drugs].ShouldBe(["JW", "JZ"], ignoreOrder: true);
        byClass[CodeClass.Dme].ShouldBe(["NU", "RR", "UE", "KH", "KI", "KJ", "KX"], ignoreOrder: true);
        byClass[CodeClass.Laboratory].ShouldBe(["90", "91", "QW", "92"], ignoreOrder: true);
        Rules.Select(r => r.Id).ShouldBeUnique();
    }

    [Fact]
    public void Publish_ResolvesEachLevelIIModifierToItsFileRow()
    {
        var published = RuleCatalog.Publish(home.Db.Reference);
        published.Count.ShouldBe(Rules.Count);
        var jw = published.Single(r => r.Id == "DR-JW").Modifiers.Single();
        (jw.Description, jw.Source!.Value.Row).ShouldBe(("Drug amount discarded/not administered to any patient", 172L));
        published.Single(r => r.Id == "EM-25").Modifiers.Single().Source.ShouldBeNull();
        published.Where(r => r.Editorial).ShouldAllBe(r => r.Basis == RuleBasis.CmsManual);
    }

    private static string Field(Ingest.PfsRvu.PfsRvuRow row, string field) => field switch
    {
        "BILAT SURG" => row.BilateralSurgery,
        "ASST SURG" => row.AssistantSurgery,
        "CO SURG" => row.CoSurgery,
        "TEAM SURG" => row.TeamSurgery,
        _ => row.MultipleProcedure,
    };

    private static bool IsCpt(string modifier) => ModifierCode.TryParse(modifier, out var c) && c.IsCpt;

    [GeneratedRegex(@"(Pub\. 100-04\), chapter \d+(, section \d+(\.\d+)*(\.[A-Z])?)?|NCCI Policy Manual)", RegexOptions.CultureInvariant)]
    private static partial Regex ManualCitation();
}

using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>The five generated seed pages, checked against the full real code sets; every expectation was read off the shared files.</summary>
public sealed class SeedPageTests
{
    [Fact]
    public void Verify_Seed000Modifier26OnLabCode_IsInapplicableWithPfsAndClfsRows()
    {
        var report = Pages.Verify(Pages.Seed("000"));

        report.Subject.ShouldBe("83789");
        var f = report.Single("26", FindingKind.ModifierInapplicable);
        f.Severity.ShouldBe(Severity.Error);
        f.Line.ShouldBe(18);
        f.Evidence.ShouldContain(e => e.Source.File == "PPRRVU2025_Oct.csv" && e.Source.Row == 10130 && e.Detail.Contains("PCTC IND = 9"));
        f.Evidence.ShouldContain(e => e.Source.Dataset == "clfs" && e.Source.Row == 1228 && e.Detail.Contains("$24.11"));
        report.Findings.Count.ShouldBe(1);
    }

    [Fact]
    public void Verify_Seed001_Modifier26InapplicableAndReferenceLab90Accepted()
    {
        var report = Pages.Verify(Pages.Seed("001"));

        report.Subject.ShouldBe("83950");
        report.Single("26", FindingKind.ModifierInapplicable).Line.ShouldBe(19);
        var lab = report.CheckedAt("90", 20);
        lab.Verdict.ShouldBe(Verdict.Ok);
        lab.Note.ShouldNotBeNull().ShouldContain("CLFS laboratory code");
        report.Findings.Count.ShouldBe(1);
    }

    [Fact]
    public void Verify_Seed002TaxonomyRows_NameTheOfficialSpecialtyAndTheRightCode()
    {
        var report = Pages.Verify(Pages.Seed("002"));

        var anesthesiology = report.Single("207L00000X", FindingKind.DescriptionMismatch);
        anesthesiology.Severity.ShouldBe(Severity.Error);
        anesthesiology.Line.ShouldBe(30);
        anesthesiology.Message.ShouldContain("Anesthesiology");
        anesthesiology.Evidence.Single().Source.ShouldBe(new Core.Provenance.SourceRef("nucc", "nucc_taxonomy_251.csv", "25.1", 7));
        anesthesiology.Suggestion.ShouldNotBeNull().ShouldContain("2085R0202X");

        var psychiatry = report.Single("2084P0800X", FindingKind.DescriptionMismatch);
        psychiatry.Severity.ShouldBe(Severity.Error);
        psychiatry.Message.ShouldContain("Psychiatry");
        psychiatry.Suggestion.ShouldNotBeNull().ShouldContain("207RG0100X");

        var allergy = report.Single("207K00000X", FindingKind.DescriptionMismatch);
        allergy.Message.ShouldContain("Allergy & Immunology");
        allergy.Suggestion.ShouldNotBeNull().ShouldContain("2086S0129X");

        var cardiology = report.Single("207RC0000X", FindingKind.DescriptionMismatch);
        cardiology.Severity.ShouldBe(Severity.Warning);
        cardiology.Message.ShouldContain("Cardiovascular Disease");
        cardiology.Suggestion.ShouldNotBeNull().ShouldContain("207R00000X");

        var missing = report.Single("207RX0200X", FindingKind.Nonexistent);
        missing.Severity.ShouldBe(Severity.Error);
        missing.Line.ShouldBe(29);
    }

    [Fact]
    public void Verify_Seed002Modifiers_JudgedByPfsIndicatorsOf0689T()
    {
        var report = Pages.Verify(Pages.Seed("002"));

        var coSurgeon = report.Single("62", FindingKind.ModifierInapplicable);
        coSurgeon.Severity.ShouldBe(Severity.Error);
        coSurgeon.Evidence.ShouldContain(e => e.Source.Row == 675 && e.Detail.Contains("CO-SURG = 0"));
        var assistant = report.Single("80", FindingKind.ModifierInapplicable);
        assistant.Severity.ShouldBe(Severity.Warning);
        assistant.Message.ShouldContain("ASST SURG = 0");
        var returnToRoom = report.Single("78", FindingKind.ModifierInapplicable);
        returnToRoom.Severity.ShouldBe(Severity.Warning);
        returnToRoom.Message.ShouldContain("GLOB DAYS = XXX");
        var duplicate = report.Single("59", FindingKind.Duplicate);
        duplicate.Line.ShouldBe(26);
        duplicate.Message.ShouldContain("line 19");
        report.CheckedAt("26", 17).Verdict.ShouldBe(Verdict.Ok);
        report.CheckedAt("TC", 18).Verdict.ShouldBe(Verdict.Ok);
        report.CheckedAt("52", 20).Verdict.ShouldBe(Verdict.NotVerifiable);
    }

    [Fact]
    public void Verify_Seed002RelatedCodes_DiagnosticUltrasoundPairsWithThe0690TTwinNot0689T()
    {
        var report = Pages.Verify(Pages.Seed("002"));

        foreach (var (code, aocRow) in new[] { ("76700", 298L), ("76705", 299L) })
        {
            var f = report.Single(code, FindingKind.Relationship);
            f.Severity.ShouldBe(Severity.Error);
            f.Message.ShouldContain("0690T");
            f.Evidence.ShouldContain(e => e.Source.Dataset == "ncci-aoc" && e.Source.Row == aocRow);
            f.Evidence.ShouldContain(e => e.Detail.Contains("w/o dx us"));
            f.Suggestion.ShouldNotBeNull().ShouldContain($"report {code} with add-on 0690T");
        }
        var swapped = report.Single("76700", FindingKind.DescriptionMismatch);
        swapped.Severity.ShouldBe(Severity.Error);
        swapped.Message.ShouldContain("\"complete\" where the page says \"limited\"");
        swapped.Suggestion.ShouldNotBeNull().ShouldContain("line 42");
        report.Single("99173", FindingKind.Relationship).Severity.ShouldBe(Severity.Warning);
        report.Single("93976", FindingKind.Relationship).Severity.ShouldBe(Severity.Warning);
        report.CheckedAt("76942", 44).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_Seed003_Modifier26OnCalciumInfusionTestIsInapplicable()
    {
        var report = Pages.Verify(Pages.Seed("003"));

        report.Subject.ShouldBe("82331");
        report.Single("26", FindingKind.ModifierInapplicable).Evidence.ShouldContain(e => e.Source.Row == 9936);
        report.Findings.Count.ShouldBe(1);
    }

    [Fact]
    public void Verify_Seed004_PricedInterpretationAllows26ButNotTC()
    {
        var report = Pages.Verify(Pages.Seed("004"));

        report.Subject.ShouldBe("86320");
        var professional = report.CheckedAt("26", 16);
        professional.Verdict.ShouldBe(Verdict.Ok);
        professional.Note.ShouldNotBeNull().ShouldContain("row 10458");
        var technical = report.Single("TC", FindingKind.ModifierInapplicable);
        technical.Severity.ShouldBe(Severity.Error);
        technical.Message.ShouldContain("PCTC IND = 6");
        technical.Suggestion.ShouldNotBeNull().ShouldContain("86320-26");
        report.Findings.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("000", 1, 0)]
    [InlineData("001", 1, 0)]
    [InlineData("002", 8, 6)]
    [InlineData("003", 1, 0)]
    [InlineData("004", 1, 0)]
    public void Verify_EachSeed_ErrorAndWarningCountsAndEveryTokenChecked(string seed, int errors, int warnings)
    {
        var report = Pages.Verify(Pages.Seed(seed));

        report.Findings.Count(f => f.Severity == Severity.Error).ShouldBe(errors);
        report.Findings.Count(f => f.Severity == Severity.Warning).ShouldBe(warnings);
        report.HasErrors.ShouldBeTrue();
        report.Checked.ShouldAllBe(c => c.Verdict.Length > 0);
        report.Findings.ShouldAllBe(f => report.Checked.Any(c => c.Token == f.Token && c.Line == f.Line));
    }
}

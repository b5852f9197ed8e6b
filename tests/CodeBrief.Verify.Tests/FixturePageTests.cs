using CodeBrief.Core.Errors;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>Hand-written pages: one whose every row matches its official entry, and wrong ones that exercise each check.</summary>
public sealed class FixturePageTests
{
    [Fact]
    public void Verify_CleanPageWhoseRowsMatchOfficialText_HasNoFindingsAndEveryTokenOk()
    {
        var report = Pages.Verify(Pages.Fixture("clean-80053.md"));

        report.Subject.ShouldBe("80053");
        report.Findings.ShouldBeEmpty();
        report.HasErrors.ShouldBeFalse();
        report.Checked.Count.ShouldBe(16); // subject, 3 modifiers, 3 taxonomy, 3 ICD, 2 CPT, 1 amount, then 82947, QW and 207RE0101X under a bare "Code" header
        report.Checked.Where(c => c.Line == 37).Select(c => c.CodeSet).ShouldBe(["cpt_hcpcs", "modifier"]);
        report.Checked.Single(c => c.Line == 38).CodeSet.ShouldBe("nucc_taxonomy");
        report.Checked.ShouldAllBe(c => c.Verdict == Verdict.Ok);
        report.Checked.ShouldContain(c => c.Token == "$10.56" && c.CodeSet == "fee" && c.Note!.Contains("RATE 10.56"));
    }

    [Fact]
    public void Verify_WrongLabPage_IcdHeadersAreNotBillableWithBillableChildren()
    {
        var report = Pages.Verify(Pages.Fixture("wrong-85025.md"));

        var e11 = report.Single("E11", FindingKind.NotBillable);
        e11.Severity.ShouldBe(Severity.Error);
        e11.Line.ShouldBe(16);
        e11.Message.ShouldContain("87 billable codes");
        e11.Suggestion.ShouldNotBeNull().ShouldContain("E11.00 Type 2 diabetes mellitus with hyperosmolarity");
        var c5091 = report.Single("C50.91", FindingKind.NotBillable);
        c5091.Suggestion.ShouldNotBeNull().ShouldContain("C50.911 Malignant neoplasm of unspecified site of right female breast");
        c5091.Evidence.ShouldContain(e => e.Source.Dataset == "icd10cm" && e.Source.Row == 1507);
    }

    [Fact]
    public void Verify_WrongLabPage_ReportsEachKindOfWrongCode()
    {
        var report = Pages.Verify(Pages.Fixture("wrong-85025.md"));

        var withComplications = report.Single("E11.9", FindingKind.DescriptionMismatch);
        withComplications.Message.ShouldContain("\"without complication\" where the page says \"with complication\"");
        withComplications.Evidence[0].Source.Row.ShouldBe(3511); // then the billable neighbour whose text the page gives, if any
        report.Single("Z99.999", FindingKind.Nonexistent).Severity.ShouldBe(Severity.Error);
        report.Single("85025", FindingKind.Nonexistent).Line.ShouldBe(22);
        report.Single("D64.9", FindingKind.Duplicate).Line.ShouldBe(21);
        report.CheckedAt("D64.9", 20).Verdict.ShouldBe(Verdict.Ok);
        report.Single("G0106", FindingKind.Terminated).Message.ShouldContain("2024-12-31");
        report.Single("G0001", FindingKind.Nonexistent).Severity.ShouldBe(Severity.Error);
        report.Single("ZZ", FindingKind.Nonexistent).Severity.ShouldBe(Severity.Error);
        report.CheckedAt("QW", 8).Verdict.ShouldBe(Verdict.Ok);
        report.Single("50", FindingKind.ModifierInapplicable).Message.ShouldContain("BILAT SURG = 9");
        report.Single("TC", FindingKind.ModifierInapplicable).Severity.ShouldBe(Severity.Error);
        report.Single("TC", FindingKind.DescriptionMismatch).Message.ShouldContain("Technical component");
        var linked = report.Single("QW", FindingKind.ModifierInapplicable);
        linked.Line.ShouldBe(33);
        linked.Message.ShouldContain("83789");
        report.CheckedAt("83789", 33).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_WrongLabPage_MedicareAmountDisagreesWithClfsLimit()
    {
        var report = Pages.Verify(Pages.Fixture("wrong-85025.md"));

        var fee = report.Single("$9.99", FindingKind.FeeMismatch);
        fee.Severity.ShouldBe(Severity.Error);
        fee.Line.ShouldBe(3);
        fee.Message.ShouldContain("$7.77");
        fee.Evidence.ShouldContain(e => e.Source.Dataset == "clfs" && e.Source.Row == 1410);
    }

    [Fact]
    public void Verify_HtmlPage_FindsTablesProseCodesAndSourceLines()
    {
        var report = Pages.Verify(Pages.Fixture("wrong-83789.html"));

        report.Subject.ShouldBe("83789");
        var qw = report.Single("QW", FindingKind.ModifierInapplicable);
        qw.Line.ShouldBe(9);
        qw.Message.ShouldContain("no QW row");
        report.CheckedAt("90", 10).Verdict.ShouldBe(Verdict.Ok);
        report.Single("207L00000X", FindingKind.DescriptionMismatch).Line.ShouldBe(15);
        report.Single("207RX0200X", FindingKind.Nonexistent).Line.ShouldBe(17);
    }

    [Fact]
    public void Verify_PageWithoutSubject_IsAuditedCodeByCodeAndSubjectNamesTheCodeForClaimsThatNameNone()
    {
        // Issue 14, item 1: no subject is required. The modifier row names no code, so nothing pins it on one.
        var none = Pages.Verify(Pages.Fixture("no-subject.txt"));
        none.Subject.ShouldBeNull();
        none.Findings.ShouldBeEmpty();
        none.CheckedAt("26", 4).Verdict.ShouldBe(Verdict.NotVerifiable);

        var report = Pages.Verify(Pages.Fixture("no-subject.txt"), "70450");
        report.Subject.ShouldBe("70450");
        report.CheckedAt("26", 4).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void Verify_UnknownSubject_IsAnErrorOnTheTitleLine()
    {
        var report = Pages.Verify(Pages.Fixture("no-subject.txt"), "G0001");

        var f = report.Single("G0001", FindingKind.UnknownSubject);
        f.Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Verify_MedicareAmounts_NationalExactLocalityNamedCommercialIgnored()
    {
        var report = Pages.Verify(Pages.Fixture("fees-99213.md"));

        report.CheckedAt("$88.95", 3).Verdict.ShouldBe(Verdict.Ok);
        report.CheckedAt("$63.72", 4).Verdict.ShouldBe(Verdict.Ok);
        // "In Manhattan": a place that names a PFS locality makes the amount that locality's, checked to the cent
        // (PfsPaymentCalculator with the MANHATTAN GPCIs, GPCI2025.csv row 78).
        var manhattan = report.CheckedAt("$101.06", 5);
        manhattan.Verdict.ShouldBe(Verdict.Ok);
        manhattan.Note.ShouldNotBeNull().ShouldContain("MANHATTAN");
        var wrong = report.Single("$95.00", FindingKind.FeeMismatch);
        wrong.Line.ShouldBe(6);
        wrong.Message.ShouldContain("$88.95");
        report.Checked.ShouldNotContain(c => c.Token == "$120.00");
        report.Findings.Count.ShouldBe(1);
    }

    [Fact]
    public void Verify_PageTitledWithVaccineCode_HasThatSubject()
    {
        var report = Pages.VerifyText("# CPT 0001A\n\nImmunization administration.\n");

        report.Subject.ShouldBe("0001A");
    }

    [Fact]
    public void Verify_MedicareAmountForAnotherCodeInASentence_IsCheckedAgainstThatCode()
    {
        var report = Pages.VerifyText("# CPT 99213: Office visit\n\nMedicare pays $30.00 nationally for CPT 0001A.\n");

        var amount = report.CheckedAt("$30.00", 3);
        amount.Verdict.ShouldBe(Verdict.NotVerifiable);
        amount.Note.ShouldNotBeNull().ShouldContain("0001A");
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch);
    }
}

using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Pages of our own, modelled on the shapes of real third-party pages whose correct facts verify once called errors
/// (measured on a fresh set of public pages; their text stays out of the repository). Each page holds the correct shape
/// and, beside it, a planted error of the same kind that must still be found. Figures checked by hand in the mirror:
/// HCPC2025_OCT_ANWEB.xlsx (G2012 TERM DT 20241231), PPRRVU2025_Oct.csv (99441 absent; 99202-99205 "Office o/p new
/// sf 15 / low 30 / mod 45 / hi 60 min", 99212-99215 "Office o/p est sf 10 / low 20 / mod 30 / hi 40 min", 90832/90834/90837
/// "Psytx w pt 30 / 45 / 60 minutes"), icd10cm-codes-2026.txt (M54.50 billable, M54.5 a header).
/// </summary>
public sealed class RealPageShapeTests
{
    private static VerificationReport Verify(string fixture) => Pages.Verify(Pages.Fixture(fixture));

    private static IEnumerable<Finding> OnLine(VerificationReport r, int line, string token) => r.Findings.Where(f => f.Line == line && f.Token == token);

    [Fact]
    public void CodeNamedAfterReplacesOrInLieuOf_IsNotPresentedAsCurrent()
    {
        var r = Verify("shape-replaced-codes.md");

        // "98016 in lieu of G2012", "98016, which replaces HCPCS G2012": the page says G2012 is gone.
        OnLine(r, 5, "G2012").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 6, "G2012").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 5, "98016").ShouldBeEmpty();
    }

    [Fact]
    public void CodeInThePastTenseOnAPageThatSaysItWasDeleted_IsNotPresentedAsCurrent()
    {
        var r = Verify("shape-replaced-codes.md");

        OnLine(r, 10, "99441").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        // "Before that date, CPT 99441 covered ...": history, told on a page that says the code was deleted.
        OnLine(r, 11, "99441").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
    }

    [Fact]
    public void RetiredCodeBilledInThePresentTense_IsStillAnError_WhateverTheRestOfThePageSays()
    {
        var r = Verify("shape-replaced-codes.md");

        var f = OnLine(r, 15, "G2012").ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Error);
        f.Kind.ShouldBe(FindingKind.Terminated);
        f.Message.ShouldContain("2024-12-31");
        r.Findings.Count(x => x.Severity == Severity.Error).ShouldBe(1);
    }

    [Fact]
    public void TimeInsideTheCodesBand_Agrees_ATimeInANeighboursBandDoesNot()
    {
        var r = Verify("shape-time-bands.md");

        // 15 min is 99212 (10 min up to 99213's 20), 25 is 99213, 35 is 99214; 37 min is nearer 90832's 30 than 90834's 45, 50 nearer 45 than 60.
        foreach (var (line, code) in new[] { (7, "99212"), (8, "99213"), (9, "99214"), (16, "90832"), (17, "90834") })
            OnLine(r, line, code).ShouldBeEmpty($"{code} on line {line}");
        // 20 minutes is short of 99203's 30 (it is 99202's band); 45 minutes is 90834's, not 90837's 60.
        var early = OnLine(r, 10, "99203").ShouldHaveSingleItem();
        early.Severity.ShouldBe(Severity.Error);
        early.Message.ShouldContain("30 min");
        var short60 = OnLine(r, 18, "90837").ShouldHaveSingleItem();
        short60.Kind.ShouldBe(FindingKind.DescriptionMismatch);
        short60.Message.ShouldContain("60 min");
    }

    [Fact]
    public void RowWithTwoDescriptiveColumns_OneAgreeing_IsNoMismatch()
    {
        var r = Verify("shape-two-text-columns.md");

        // "Description" holds examples, "Meaning" the modifier's official sense.
        OnLine(r, 7, "P1").ShouldBeEmpty();
        OnLine(r, 8, "P2").ShouldBeEmpty();
        r.CheckedAt("P1", 7).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void WordsInAColumnHeadedIcd10Cm_AreNoCodes_RealCodesBesideThemAreStillChecked()
    {
        var r = Verify("shape-two-text-columns.md");

        r.Checked.ShouldNotContain(c => c.Token == "Most" || c.Token == "Non");
        r.CheckedAt("M54.50", 15).Verdict.ShouldBe(Verdict.Ok);
        r.Single("M54.5", FindingKind.NotBillable).Line.ShouldBe(16);
        r.Findings.Count(x => x.Severity == Severity.Error).ShouldBe(1);
    }

    [Fact]
    public void CodesRepeatedInALogOrOldNewTable_AreNoDuplicates_ARepeatedRowOfACodeListIs()
    {
        var r = Verify("shape-records-and-ranges.md");

        r.Findings.Where(f => f.Kind == FindingKind.Duplicate && f.Line < 12).ShouldBeEmpty();
        r.Single("85025", FindingKind.Duplicate).Line.ShouldBe(22);
    }

    [Fact]
    public void WordsAfterARangeOfCodes_DescribeNoOneCode()
    {
        var r = Verify("shape-records-and-ranges.md");

        // "98012–98015 are chosen by ...", "98966–98968 (these remain active)": the words belong to the range.
        foreach (var code in new[] { "98012", "98015", "98966", "98968" })
            r.Findings.Where(f => f.Token == code && f.Kind == FindingKind.DescriptionMismatch).ShouldBeEmpty(code);
        // CMS short descriptors print "Psytx" for psychotherapy: "45-minute psychotherapy" is 90834's text.
        r.Findings.Where(f => f.Token == "90834").ShouldBeEmpty();
    }

    [Fact]
    public void PageWordsAgainstAFamilyLabelTheFileSharesAcrossCodes_AreNoMismatch()
    {
        var r = Verify("shape-records-and-ranges.md");

        // The PFS prints "Knee arthroscopy/surgery" for 29881 and most of its neighbours: it names the family, not the procedure.
        r.Findings.Where(f => f.Token == "29881").ShouldBeEmpty();
        r.CheckedAt("29881", 26).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void AmountOfAnotherYear_IsNotVerifiable_ASameYearAmountIsStillJudgedToTheCent()
    {
        var r = Verify("shape-other-year.md");

        // Under "2026 Medicare allowables" and "In 2026 Medicare pays": the loaded PFS is PPRRVU2025_Oct.
        foreach (var (line, amount) in new[] { (7, "$95.53"), (7, "$30.06"), (16, "about $22.04") })
        {
            var entry = r.CheckedAt(amount, line);
            entry.Verdict.ShouldBe(Verdict.NotVerifiable);
            entry.Note.ShouldNotBeNull().ShouldContain("2026");
        }
        // 2025: 11102 2.96 and 1.12 RVUs, 90471 0.62 RVUs, 11104 3.69 RVUs x 32.3465 = $119.36, not $121.25.
        r.CheckedAt("$95.75", 13).Verdict.ShouldBe(Verdict.Ok);
        r.CheckedAt("$36.23", 13).Verdict.ShouldBe(Verdict.Ok);
        r.CheckedAt("$20.05", 17).Verdict.ShouldBe(Verdict.Ok);
        var wrong = r.Single("$121.25", FindingKind.FeeMismatch);
        wrong.Line.ShouldBe(14);
        wrong.Severity.ShouldBe(Severity.Error);
        wrong.Replacement.ShouldBe("$119.36");
    }

    [Fact]
    public void IcdCategoryNamedAsACategory_IsInfo_ToldToBeBilledItIsAnError()
    {
        var r = Verify("shape-other-year.md");

        r.Findings.Where(f => f.Token == "N18" && f.Line == 21).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        var billed = r.Findings.Where(f => f.Token == "N18" && f.Line == 22).ShouldHaveSingleItem();
        billed.Severity.ShouldBe(Severity.Error);
        billed.Kind.ShouldBe(FindingKind.NotBillable);
    }

    [Fact]
    public void ShortPlainLinesUnderACodeHeading_KeepTheirAmountsOnThatCode()
    {
        var r = Verify("shape-plain-sections.txt");

        // 99453: 0.61 RVUs x 32.3465 = $19.73; 99454: 1.33 RVUs = $43.02, so $63.16 (an older year's figure, no year given) is wrong for 99454.
        r.CheckedAt("$19.73", 8).Verdict.ShouldBe(Verdict.Ok);
        var wrong = r.Single("$63.16", FindingKind.FeeMismatch);
        wrong.Line.ShouldBe(15);
        wrong.Message.ShouldContain("99454");
        wrong.Replacement.ShouldBe("$43.02");
    }

    [Fact]
    public void AmountOnAPageDatedInAnotherYear_IsNotVerifiable()
    {
        var r = Verify("shape-dated-plain-text.txt");

        // "Last reviewed: March 2026": the page quotes 2026 figures; the loaded PFS is of 2025.
        var entry = r.CheckedAt("$43.02", 10);
        entry.Verdict.ShouldBe(Verdict.NotVerifiable);
        entry.Note.ShouldNotBeNull().ShouldContain("2026");
        r.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch);
    }

    [Fact]
    public void TheOneYearAPageNamesBesideItsAmounts_DatesAnAmountThatNamesNone()
    {
        var r = Verify("shape-one-year.md");

        // "2026 Medicare" on one line, "~$15.36 (non-facility)" on the next: a 2026 figure; the loaded PFS is 2025's (0.43 RVUs x 32.3465 = $13.91).
        var entry = r.CheckedAt("~$15.36 (non-facility)", 6);
        entry.Verdict.ShouldBe(Verdict.NotVerifiable);
        entry.Note.ShouldNotBeNull().ShouldContain("2026");
    }

    [Fact]
    public void AYearNamedOnlyBesideNoAmount_DatesNoAmount()
    {
        var r = Verify("shape-year-elsewhere.md");

        // "deleted in 2021" is no fee year: 99213 is 2.75 RVUs x 32.3465 = $88.95 and 99214 3.87 RVUs = $125.18, not $99.95.
        r.CheckedAt("$88.95", 5).Verdict.ShouldBe(Verdict.Ok);
        var wrong = r.Single("$99.95", FindingKind.FeeMismatch);
        wrong.Severity.ShouldBe(Severity.Error);
        wrong.Replacement.ShouldBe("$125.18");
    }

    [Fact]
    public void AmountsPricedWithAnotherConversionFactor_AreNotVerifiable_WithTheLoadedOneTheyAreJudged()
    {
        // PPRRVU2025_Oct.csv: CF 32.3465; 99406 0.43 RVUs = $13.91, 99407 0.82 RVUs = $26.52.
        var other = Verify("shape-conversion-factor.md");
        other.CheckedAt("$15.11", 5).Verdict.ShouldBe(Verdict.NotVerifiable);
        other.CheckedAt("$27.87", 6).Note.ShouldNotBeNull().ShouldContain("conversion factor");
        other.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch);

        var same = Verify("shape-same-conversion-factor.md");
        same.CheckedAt("$13.91", 5).Verdict.ShouldBe(Verdict.Ok);
        same.Single("$27.87", FindingKind.FeeMismatch).Replacement.ShouldBe("$26.52");
    }

    [Fact]
    public void CodesListedUnderADeletedCodesLabel_AreNotPresentedAsCurrent_BilledBelowTheyAre()
    {
        var r = Verify("shape-deleted-list.txt");

        // HCPC2025_OCT_ANWEB.xlsx: K0553 and K0554 TERM DT 20221231; E2103 current.
        OnLine(r, 7, "K0553").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 8, "K0554").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 5, "E2103").ShouldBeEmpty();
        var billed = OnLine(r, 10, "K0553").ShouldHaveSingleItem();
        billed.Severity.ShouldBe(Severity.Error);
        billed.Kind.ShouldBe(FindingKind.Terminated);
    }

    [Fact]
    public void DiagnosisCodesInParenthesesUnderAnIcd9Heading_AreIcd9_TheSameCodeElsewhereIsJudgedAsIcd10()
    {
        var r = Verify("shape-old-systems-and-labels.txt");

        // "Z12.31 (V76.12)" under "ICD-10-CM (ICD-9-CM) Codes": V76.12 is the old equivalent, listed, never a wrong ICD-10-CM
        // code, and no description of Z12.31. icd10cm-codes-2026.txt: Z1231 billable; V76.1 only extends to V761XXA/D/S.
        OnLine(r, 11, "V76.12").ShouldBeEmpty();
        r.CheckedAt("V76.12", 11).Verdict.ShouldBe(Verdict.NotVerifiable);
        r.CheckedAt("V76.12", 11).Note.ShouldNotBeNull().ShouldContain("ICD-9-CM");
        OnLine(r, 11, "Z12.31").ShouldBeEmpty();
        var planted = OnLine(r, 15, "V76.12").ShouldHaveSingleItem();
        planted.Severity.ShouldBe(Severity.Error);
        planted.Kind.ShouldBe(FindingKind.Nonexistent);
    }

    [Fact]
    public void ALabelInParenthesesBeforeAColon_IsNoDescription_ThePhraseAfterItIs()
    {
        var r = Verify("shape-old-systems-and-labels.txt");

        // nucc_taxonomy_251.csv: 363LF0000X Nurse Practitioner / Family, 363LP0200X Nurse Practitioner / Pediatrics.
        OnLine(r, 19, "363LF0000X").ShouldBeEmpty();
        var planted = OnLine(r, 20, "363LP0200X").ShouldHaveSingleItem();
        planted.Kind.ShouldBe(FindingKind.DescriptionMismatch);
        planted.Message.ShouldContain("Psychiatric Nurse Practitioner");
    }

    [Fact]
    public void AnIcdRangeBound_OrAHeaderInAnExcludesList_IsNoCodeToBill_AHeaderReportedAsACodeIs()
    {
        var r = Verify("shape-old-systems-and-labels.txt");

        // icd10cm-codes-2026.txt: E78.0, M54.3, M54.4 and M54.5 are headers (E7800, M5430, M5440, M5450 billable).
        OnLine(r, 25, "E78.0").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 31, "M54.3").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 32, "M54.4").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        var reported = OnLine(r, 26, "E78.0").ShouldHaveSingleItem();
        reported.Severity.ShouldBe(Severity.Error);
        reported.Kind.ShouldBe(FindingKind.NotBillable);
    }

    [Fact]
    public void AHeaderInASentenceDatedBeforeTheCutOver_IsHistory_InThePresentTenseItIsAnError()
    {
        var r = Verify("shape-old-systems-and-labels.txt");

        OnLine(r, 34, "M54.5").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        var current = OnLine(r, 35, "M54.5").ShouldHaveSingleItem();
        current.Severity.ShouldBe(Severity.Error);
        current.Kind.ShouldBe(FindingKind.NotBillable);
    }

    [Fact]
    public void ATerminatedCodeOnAPageThatSpeaksOfAYearBeforeItsTermination_IsNoError_WithoutAYearItIs()
    {
        // HCPC2025_OCT_ANWEB.xlsx: G0202 TERM DT 20171231.
        const string body = "Medicare asks for G0202 for a screening mammogram.";
        var then = Pages.VerifyText("# Screening mammography for Medicare\n\nFor 2017, the code set changed.\n" + body + "\n");
        var f = then.Single("G0202", FindingKind.Terminated);
        f.Severity.ShouldBe(Severity.Info);
        f.Message.ShouldContain("2017");

        var undated = Pages.VerifyText("# Screening mammography for Medicare\n\n" + body + "\n");
        undated.Single("G0202", FindingKind.Terminated).Severity.ShouldBe(Severity.Error);
        var later = Pages.VerifyText("# Screening mammography for Medicare\n\nFor 2018, the code set changed.\n" + body + "\n");
        later.Single("G0202", FindingKind.Terminated).Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void AProvidersChargeIsNoMedicareAmount_HoweverLongItsLabel_ButADischargeServiceIsPriced()
    {
        var r = Verify("shape-charges.md");

        // PPRRVU2025_Oct.csv row 11634: 92557 non-facility $35.26, facility $30.73; row 12819: 99238 facility $78.28.
        r.CheckedAt("$35.26", 7).Verdict.ShouldBe(Verdict.Ok);
        r.Findings.ShouldNotContain(f => f.Line == 8);
        r.Single("$36.78", FindingKind.FeeMismatch).Line.ShouldBe(9);
        r.Single("$87.10", FindingKind.FeeMismatch).Replacement.ShouldBe("$78.28");
    }

    [Fact]
    public void AUsageNoteInParentheses_OrACodeSystemsName_IsNoDescription_ATypeThatDiffersIsAMismatch()
    {
        var r = Verify("shape-usage-notes.md");

        // "+11103 (for the first shave)" says when the add-on is billed; "E11.65 is an ICD-10-CM diagnosis code" names the code set.
        OnLine(r, 5, "11103").ShouldBeEmpty();
        OnLine(r, 9, "E11.65").ShouldBeEmpty();
        // icd10cm-codes-2026.txt: E119 "Type 2 diabetes mellitus without complications".
        var type = OnLine(r, 10, "E11.9").ShouldHaveSingleItem();
        type.Kind.ShouldBe(FindingKind.DescriptionMismatch);
        type.Message.ShouldContain("type 1");
    }

    [Fact]
    public void AVCodeWhoseWordsAreTheIcd9Codes_IsNotAnsweredWithRailwayAccidents_AnExternalCauseHeaderIs()
    {
        var r = Verify("shape-usage-notes.md");

        // icd10cm-codes-2026.txt: V81.1 heads V811XXA/D/S (railway train occupant); V43.52 heads V4352XA/D/S (car driver).
        var icd9 = OnLine(r, 14, "V81.1").ShouldHaveSingleItem();
        icd9.Severity.ShouldBe(Severity.Error);
        icd9.Message.ShouldContain("ICD-9-CM");
        icd9.Suggestion.ShouldNotBeNull().ShouldNotContain("V81.1XXA");
        var external = OnLine(r, 15, "V43.52").ShouldHaveSingleItem();
        external.Kind.ShouldBe(FindingKind.NotBillable);
        external.Suggestion.ShouldNotBeNull().ShouldContain("V43.52XA");
    }

    [Fact]
    public void AFiveDigitCodeOpeningAListItem_IsAClaim_ItsUsageNoteIsNoDescription()
    {
        var r = Verify("shape-usage-notes.md");

        // PPRRVU2025_Oct.csv: 97110 "Therapeutic exercises", 97116 "Gait training therapy"; 99213 "Office o/p est low 20 min".
        r.CheckedAt("97110", 19).Verdict.ShouldBe(Verdict.Ok);
        OnLine(r, 20, "99213").ShouldBeEmpty();
        var planted = OnLine(r, 21, "97116").ShouldHaveSingleItem();
        planted.Kind.ShouldBe(FindingKind.DescriptionMismatch);
        planted.Message.ShouldContain("97110");
    }

    [Fact]
    public void AHeaderAloneAboveItsCodes_APlaceholderAndARangeBound_AreNoCodesToBill_ReportedTheyAre()
    {
        var r = Verify("shape-outline-and-ranges.md");

        // icd10cm-codes-2026.txt: J45.2 heads J4520-J4522; Z34 and Z34.9 are headers; no code Z68.0 (Z681 is the first BMI code).
        OnLine(r, 5, "J45.2").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 16, "Z34").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
        OnLine(r, 21, "Z68.0").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        OnLine(r, 17, "Z34.9").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
        OnLine(r, 22, "Z68.0").ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Nonexistent);
        OnLine(r, 22, "Z68.0").Single().Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void AFiscalYearAfterIcd10Cm_AndAnUnknownShapeUnderACodeHeader_AreNoCodes()
    {
        var r = Verify("shape-outline-and-ranges.md");

        // "ICD-10-CM FY2026 Official Guidelines"; "106H00000N" under "Code" is no CPT, ICD-10-CM or NUCC shape (NUCC ends in X).
        r.Findings.ShouldNotContain(f => f.Token == "FY2026" || f.Token == "106H00000N");
        r.CheckedAt("207Q00000X", 33).Verdict.ShouldBe(Verdict.Ok);
    }

    [Fact]
    public void AnAmountBesideARuleRelativeToMedicare_OrUnderAFootnotedYear_IsNotJudgedAgainstThisYearsSchedule()
    {
        var r = Verify("shape-relative-and-footnote.md");

        // "$300.00 | 100% of current published Medicare rate" is a payer's own allowance; "Medicare Rate*" with
        // "*Approximate 2024 …" is a 2024 figure, while the loaded PFS is 2025's.
        r.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch);
        r.CheckedAt("~$116", 11).Note.ShouldNotBeNull().ShouldContain("2024");

        // PPRRVU2025_Oct.csv row 11334: 90834 non-facility $104.16; HCPC2025_OCT_ANWEB.xlsx: A0225 PFS status I.
        var dated = Pages.VerifyText("# Psychotherapy amounts\n\n## Rates\n\n| CPT Code | Description | Medicare national non-facility rate |\n|---|---|---|\n| 90834 | Individual psychotherapy, 45 minutes | ~$116 |\n");
        dated.Single("~$116", FindingKind.FeeMismatch).Message.ShouldContain("$104.16");
        var named = Pages.VerifyText("# Ambulance\n\nA0225 | Neonatal transport base rate | $300.00 | the Medicare rate\n");
        named.Single("$300.00", FindingKind.FeeMismatch).Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void NoWarnings_ForAHyphenatedTime_AnAbbreviatedDescriptor_ARequirement_APayerPerRow_OrAListsLabel()
    {
        // PPRRVU2025_Oct.csv: 90834 "Psytx w pt 45 minutes", 11102 "Tangntl bx skin single les", 99284 "Emergency dept visit mod mdm".
        var r = Pages.VerifyText(string.Join('\n',
            "# Notes on common codes",
            "",
            "## Sessions",
            "",
            "CPT 90834 (45-minute session) is the middle psychotherapy code.",
            "CPT 11102 (Tangential) is the first tangential biopsy.",
            "Code 99284: Requires 2 components.",
            "CPT 80061, 82465, 83718, 84478 - Lipid panel",
            "",
            "## Telehealth by payer",
            "",
            "| Payer | Modifier | Notes |",
            "|---|---|---|",
            "| Medicare | 95 | Synchronous video |",
            "| Aetna | 95 | Synchronous video |",
            ""));

        r.Findings.Where(f => f.Severity != Severity.Info).ShouldBeEmpty();

        // The same row twice in a list with no payer column is still a duplicate.
        var twice = Pages.VerifyText("# Modifiers\n\n## Telehealth\n\n| Modifier | Notes |\n|---|---|\n| 95 | Synchronous video |\n| 95 | Synchronous video |\n");
        twice.Findings.ShouldContain(f => f.Kind == FindingKind.Duplicate);
    }

    [Fact]
    public void AnAmbulancePlacePair_ASpanOfTheCodeSet_AndACodeOnAnOlderDatedPage_AreNoErrors_ElsewhereTheyAre()
    {
        // HCPC2025_OCT_ANWEB.xlsx lists no RH modifier, no L0100; PPRRVU2025_Oct.csv has no 99201 (deleted 2021).
        var r = Pages.VerifyText(string.Join('\n',
            "# Ambulance and orthotics billing",
            "",
            "## Ambulance",
            "",
            "Bill A0425 with modifier RH (residence to hospital) for the trip.",
            "Bill A0425 with modifier ZZ for the trip.",
            "",
            "## Orthotics",
            "",
            "The L codes (L0100–L9900) cover orthotic and prosthetic devices.",
            "Bill L0100 for the brace.",
            ""));
        r.Findings.ShouldNotContain(f => f.Token == "RH");
        r.Single("ZZ", FindingKind.Nonexistent).Severity.ShouldBe(Severity.Error);
        r.Findings.Single(f => f.Token == "L0100" && f.Line == 10).Severity.ShouldBe(Severity.Warning);
        r.Findings.Single(f => f.Token == "L0100" && f.Line == 11).Severity.ShouldBe(Severity.Error);

        const string body = "# New patient visits\n\n## Codes\n\nBill CPT 99201 for a new patient's straightforward visit.\n";
        var dated = Pages.VerifyText(body + "\nLast Updated: 05/29/2020\n");
        dated.Single("99201", FindingKind.Nonexistent).Severity.ShouldBe(Severity.Warning);
        Pages.VerifyText(body).Single("99201", FindingKind.Nonexistent).Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void ThePublishedValuationOfAnUnpaidCode_GivenAsAValuation_IsRight_GivenAsAPaymentItIsAnError()
    {
        // PPRRVU2025_Oct.csv row 11629: 92551 status N, total RVU 0.38 x CF 32.3465 = $12.29; row 11630: 92552 1.20 RVU = $38.82.
        var valuation = Pages.VerifyText("# Hearing screening\n\n## Values\n\nThe 2025 national valuation for 92551 is $12.29 and for 92552 $38.82.\n");
        valuation.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch);
        valuation.CheckedAt("$12.29", 5).Note.ShouldNotBeNull().ShouldContain("not paid (status N)");

        var payment = Pages.VerifyText("# Hearing screening\n\n## Medicare\n\nMedicare pays $12.29 for 92551 nationally.\n");
        payment.Single("$12.29", FindingKind.FeeMismatch).Message.ShouldContain("status N");
    }
}

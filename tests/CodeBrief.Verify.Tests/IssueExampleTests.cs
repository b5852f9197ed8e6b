using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Every example named under "Why" in issue 14, one test each. Figures are from the mirror's files, checked by hand:
/// PPRRVU2025_Oct.csv (CF 32.3465), GPCI2025.csv, CLFS 2025 Q2V1.csv, HCPC2025_OCT_ANWEB.xlsx, icd10cm-codes-2026.txt,
/// nucc_taxonomy_251.csv. CPT long descriptors are AMA text and not loaded: CPT descriptions are judged against the
/// PFS short descriptor the RVU file prints (99151 "Mod sed same phys/qhp &lt;5 yrs", 99203 "Office o/p new low 30 min",
/// 99204 "Office o/p new mod 45 min", 12031 "Intmd rpr s/a/t/ext 2.5 cm/&lt;").
/// </summary>
public sealed class IssueExampleTests
{
    private static Finding Error(VerificationReport report, int line, string token, string kind)
    {
        var f = report.Findings.Where(f => f.Line == line && f.Token == token && f.Kind == kind).ShouldHaveSingleItem($"{token} {kind} on line {line}");
        f.Severity.ShouldBe(Severity.Error);
        f.Evidence.ShouldNotBeEmpty();
        return f;
    }

    [Fact]
    public void NationalPfsAmountInATable_1741For1714_IsFeeMismatchWithTheFigure()
    {
        // 86320-26: PPRRVU row 10458, total 0.53 x 32.3465 = $17.14 (non-facility and facility).
        var r = Pages.VerifyText("# Lab fees\n\n| CPT | Description | 2025 national |\n|---|---|---|\n| 86320-26 | Serum immunoelectrophoresis, interpretation | $17.41 |\n");
        var f = Error(r, 5, "$17.41", FindingKind.FeeMismatch);
        f.Replacement.ShouldBe("$17.14");
        f.Evidence.ShouldContain(e => e.Source.Dataset == "pfs-rvu" && e.Source.Row == 10458);
    }

    [Fact]
    public void WrongClfsLimit_IsFeeMismatch()
    {
        // 80053: CLFS row 526, RATE 10.56.
        var r = Pages.VerifyText("# Panels\n\nThe CLFS national limit for CPT 80053 is $11.56.\n");
        Error(r, 3, "$11.56", FindingKind.FeeMismatch).Replacement.ShouldBe("$10.56");
    }

    [Fact]
    public void WrongLocalityMaximum_IsFeeMismatch()
    {
        // 99214 non-facility: $114.69 (ARKANSAS) to $158.97 (ALASKA*) over 109 localities.
        var r = Pages.VerifyText("# Visits\n\nMedicare locality amounts for CPT 99214 range from $114.69 to $165.00.\n");
        Error(r, 3, "$114.69 to $165.00", FindingKind.FeeMismatch).Message.ShouldContain("$158.97");
    }

    [Fact]
    public void NinetyDayGlobalForAnXxxCode_IsGlobalPeriodError()
    {
        var r = Pages.VerifyText("# Visits\n\nCPT 99214 has a 090-day global period.\n");
        var f = Error(r, 3, "090-day global", FindingKind.GlobalPeriod);
        f.Message.ShouldContain("XXX");
        f.Replacement.ShouldBe("XXX");
    }

    [Fact]
    public void GlobalPeriodOfAComponentRow_IsNotAnError()
    {
        // 76940: GLOB DAYS YYY on the global and TC rows, XXX on the 26 row (PPRRVU2025_Oct.csv rows 8688-8690).
        var r = Pages.VerifyText("# Guidance\n\nCPT 76940, modifier 26 service: global days XXX.\n\nCPT 76940 has a global period of 090.\n");
        r.Findings.ShouldNotContain(f => f.Kind == FindingKind.GlobalPeriod && f.Line == 3);
        Error(r, 5, "global period of 090", FindingKind.GlobalPeriod).Message.ShouldContain("YYY");
    }

    [Fact]
    public void AppendModifier50AndCodeDashTcInASentence_AreModifierErrors()
    {
        // 86320: BILAT SURG 9 and PCTC IND 9 on the global row, 6 on the 26 row (no TC).
        var r = Pages.VerifyText("# Immunoelectrophoresis\n\nAppend modifier 50 to CPT 86320 when both sides are tested.\nBill the technical part as 86320-TC.\n");
        Error(r, 3, "50", FindingKind.ModifierInapplicable).Message.ShouldContain("BILAT SURG");
        Error(r, 4, "TC", FindingKind.ModifierInapplicable);
    }

    [Fact]
    public void TaxonomyWithTheWrongSpecialtyInASentence_IsDescriptionMismatch()
    {
        var r = Pages.VerifyText("# Taxonomy\n\nFamily physicians bill under taxonomy 207Q00000X (Internal Medicine).\n");
        Error(r, 3, "207Q00000X", FindingKind.DescriptionMismatch).Replacement.ShouldBe("207R00000X");
    }

    [Fact]
    public void IcdCategoryHeaderInASentence_IsNotBillable()
    {
        var r = Pages.VerifyText("# Diabetes\n\nReport ICD-10-CM E11 for type 2 diabetes.\n");
        Error(r, 3, "E11", FindingKind.NotBillable);
    }

    [Fact]
    public void DentistTaxonomyForALabTest_IsAWarningCitingWhatWouldLinkThem()
    {
        var r = Pages.VerifyText("# CBC\n\nA dental office may bill CPT 85025 under taxonomy 122300000X (Dentist).\n");
        var f = r.Findings.Single(f => f.Kind == FindingKind.ImplausibleTaxonomy);
        f.Severity.ShouldBe(Severity.Warning);
        f.Token.ShouldBe("122300000X");
        f.Message.ShouldContain("Clinical Laboratory");
        f.Suggestion.ShouldNotBeNull().ShouldContain("utilization file");
        r.Findings.ShouldNotContain(x => x.Severity == Severity.Error);
    }

    [Fact]
    public void FamilyMedicineCodeLabelledInternalMedicineInATable_IsDescriptionMismatch()
    {
        var r = Pages.VerifyText("# Taxonomy\n\n| Taxonomy Code | Specialty |\n|---|---|\n| 207Q00000X | Internal Medicine |\n| 207R00000X | Internal Medicine |\n");
        Error(r, 5, "207Q00000X", FindingKind.DescriptionMismatch).Message.ShouldContain("207R00000X");
        r.Findings.ShouldNotContain(f => f.Line == 6);
    }

    [Fact]
    public void AmountInsideTheLocalityRangeButNotTheNationalFigure_IsAnErrorNotNotVerifiable()
    {
        // $130.00 lies inside 99214's non-facility locality range ($114.69-$158.97) but is no national figure.
        var r = Pages.VerifyText("# Visits\n\nMedicare pays $130.00 nationally for CPT 99214.\n");
        var f = Error(r, 3, "$130.00", FindingKind.FeeMismatch);
        f.Message.ShouldContain("$125.18");
        f.Message.ShouldContain("never a locality's");
    }

    [Fact]
    public void DeletedCodePresentedAsCurrent_IsAnError()
    {
        // 99201 is in none of PFS, CLFS, HCPCS or NCCI; C9049 has TERM DT 20190930.
        var r = Pages.VerifyText("# Visits\n\nCPT 99201 is the code for a short new patient visit.\nHCPCS C9049 is billed per 10 mcg.\n");
        Error(r, 3, "99201", FindingKind.Nonexistent);
        Error(r, 4, "C9049", FindingKind.Terminated);
        r.HasErrors.ShouldBeTrue();

        var stated = Pages.VerifyText("# Visits\n\nCPT 99201 was deleted in 2021; use 99202.\n");
        stated.Findings.ShouldNotContain(f => f.Severity == Severity.Error);
    }

    [Fact]
    public void LoincSnomedAndDawCodes_AreNotReadAsCpt()
    {
        var r = Pages.VerifyText("# Lab orders\n\n| CPT | LOINC | Test |\n|---|---|---|\n| 83036 | 4548-4 | Hemoglobin A1c |\n\n"
            + "| SNOMED CT | Term |\n|---|---|\n| 44054006 | Diabetes mellitus type 2 |\n\n| DAW code | Meaning |\n|---|---|\n| 1 | Substitution not allowed |\n\n"
            + "| Code | Name |\n|---|---|\n| 4548-4 | Hemoglobin A1c |\n");
        r.Findings.ShouldNotContain(f => f.Severity == Severity.Error);
        r.Checked.Single(c => c.Token == "4548-4" && c.Line == 5).CodeSet.ShouldBe("loinc");
        r.Checked.Single(c => c.Token == "44054006").CodeSet.ShouldBe("snomed_ct");
        r.Checked.Single(c => c.Token == "1").CodeSet.ShouldBe("daw");
        r.Checked.Single(c => c.Token == "4548-4" && c.Line == 17).CodeSet.ShouldBe("loinc");
    }

    [Fact]
    public void PlaceOfService81IndependentLab_IsNotAModifier()
    {
        var r = Pages.VerifyText("# CPT 85025: CBC\n\n## Place of service\n\n| Code | Description |\n|---|---|\n| 81 | Independent lab |\n\n| POS | Setting |\n|---|---|\n| 11 | Office |\n");
        r.Findings.ShouldBeEmpty();
        r.Checked.Where(c => c.Token is "81" or "11").ShouldAllBe(c => c.CodeSet == "place_of_service");
    }

    [Fact]
    public void PageTitle_IsNotComparedWithTheDescriptor()
    {
        var r = Pages.VerifyText("# CPT 99214: The Complete 2025 Billing Guide for Busy Practices\n\nSome text.\n");
        r.Subject.ShouldBe("99214");
        r.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void GenericModifierTableAndPartBDeductible_AreNotPinnedOnTheSubject()
    {
        var r = Pages.VerifyText("# CPT 86320: Serum immunoelectrophoresis\n\nThe 2025 Medicare Part B deductible is $257.\n\n## Common modifiers\n\n"
            + "| Modifier | Description |\n|---|---|\n| 50 | Bilateral procedure |\n| TC | Technical component |\n| 26 | Professional component |\n");
        r.Findings.ShouldBeEmpty();
        r.Checked.ShouldNotContain(c => c.Token == "$257");
    }

    [Fact]
    public void PublishedSynonyms_AreAccepted()
    {
        var r = Pages.VerifyText("# Specialists\n\n| Taxonomy | Specialty |\n|---|---|\n| 207RC0000X | Cardiology |\n| 207RP1001X | Pulmonology |\n\n"
            + "| CPT | Description |\n|---|---|\n| 52000 | Cystoscopy |\n");
        r.Findings.ShouldBeEmpty();
        r.Checked.Where(c => c.Token is "207RC0000X" or "207RP1001X" or "52000").ShouldAllBe(c => c.Verdict == Verdict.Ok);
    }

    [Fact]
    public void CodeAndCodeWithModifier_AreNotDuplicates()
    {
        var r = Pages.VerifyText("# Visits\n\n| Code | Note |\n|---|---|\n| 99214 | In person |\n| 99214-95 | Telehealth |\n| 71046 | Global |\n| 71046-26 | Reading |\n");
        r.Findings.ShouldNotContain(f => f.Kind == FindingKind.Duplicate);
    }

    [Fact]
    public void MedicareRateInAColumnHeader_IsChecked()
    {
        var r = Pages.VerifyText("# Visits\n\n| CPT | Medicare rate |\n|---|---|\n| 99213 | $88.95 |\n| 99215 | $157.64 |\n");
        r.CheckedAt("$88.95", 5).Verdict.ShouldBe(Verdict.Ok);
        Error(r, 6, "$157.64", FindingKind.FeeMismatch).Replacement.ShouldBe("$175.64");
    }

    [Fact]
    public void EmergencyVisitRange130To175_IsWrongAgainst6825()
    {
        var r = Pages.VerifyText("# ED\n\n| CPT | Description | Medicare rate |\n|---|---|---|\n| 99283 | Emergency department visit, low MDM | $130-$175 |\n");
        Error(r, 5, "$130-$175", FindingKind.FeeMismatch).Message.ShouldContain("$68.25");
    }

    [Fact]
    public void ApproximateRvuRow_Tilde89_IsWrongAgainst12518()
    {
        var r = Pages.VerifyText("# Visits\n\n| CPT | Work RVU | Medicare rate |\n|---|---|---|\n| 99214 | 1.92 | ~$89 |\n| 99213 | 1.30 | ~$89 |\n");
        Error(r, 5, "~$89", FindingKind.FeeMismatch).Message.ShouldContain("$125.18");
        r.CheckedAt("~$89", 6).Verdict.ShouldBe(Verdict.Ok); // 99213 is $88.95: within 10%
    }

    [Fact]
    public void Z794DescribedAsOralHypoglycemics_IsInsulinAndNamesZ7984()
    {
        var r = Pages.VerifyText("# Diabetes\n\nPatients on tablets get Z79.4 (long-term use of oral hypoglycemic drugs).\n");
        var f = Error(r, 3, "Z79.4", FindingKind.DescriptionMismatch);
        f.Message.ShouldContain("insulin");
        f.Message.ShouldContain("Z79.84");
    }

    [Fact]
    public void Sedation99151Age5Plus_IsUnderFive()
    {
        var r = Pages.VerifyText("# Sedation\n\nCPT 99151 (moderate sedation, patient age 5+) is common.\n");
        Error(r, 3, "99151", FindingKind.DescriptionMismatch).Message.ShouldContain("under 5");
    }

    [Fact]
    public void NewPatientVisits99203And99204OneLevelTooHigh_AreDescriptionMismatches()
    {
        var r = Pages.VerifyText("# Visits\n\n| CPT | Descriptor |\n|---|---|\n| 99203 | New patient visit, moderate medical decision making |\n| 99204 | New patient visit, high medical decision making |\n");
        Error(r, 5, "99203", FindingKind.DescriptionMismatch).Message.ShouldContain("low");
        Error(r, 6, "99204", FindingKind.DescriptionMismatch).Message.ShouldContain("moderate");
    }

    [Fact]
    public void Repair12031At75Centimetres_Is25Centimetres()
    {
        var r = Pages.VerifyText("# Repairs\n\n| CPT | Description |\n|---|---|\n| 12031 | Intermediate repair, scalp, trunk or extremities, 7.5 cm |\n| 12032 | Intermediate repair, scalp, trunk or extremities, 2.6 cm to 7.5 cm |\n");
        Error(r, 5, "12031", FindingKind.DescriptionMismatch).Message.ShouldContain("2.5 cm");
        r.Findings.ShouldNotContain(f => f.Line == 6);
    }

    [Fact]
    public void E0143WithE0135sDescriptor_SaysWhoseTextItIs()
    {
        var r = Pages.VerifyText("# Walkers\n\n| HCPCS | Description |\n|---|---|\n| E0143 | Walker, folding (pickup), adjustable or fixed height |\n");
        var f = Error(r, 5, "E0143", FindingKind.DescriptionMismatch);
        f.Message.ShouldContain("E0135");
        f.Replacement.ShouldBe("E0135");
    }

    [Fact]
    public void L1832AndL4360CalledOffTheShelf_AreCustomFitted()
    {
        var r = Pages.VerifyText("# Orthoses\n\n| HCPCS | Description |\n|---|---|\n| L1832 | Knee orthosis, adjustable knee joints, positional, rigid support, prefabricated, off-the-shelf |\n"
            + "| L4360 | Walking boot, pneumatic and/or vacuum, prefabricated, off-the-shelf |\n");
        Error(r, 5, "L1832", FindingKind.DescriptionMismatch).Message.ShouldContain("off-the-shelf");
        Error(r, 6, "L4360", FindingKind.DescriptionMismatch);
    }

    [Fact]
    public void J441CalledCopdUnspecified_IsWithExacerbationAndNamesJ449()
    {
        var r = Pages.VerifyText("# COPD\n\n| ICD-10-CM | Description |\n|---|---|\n| J44.1 | COPD, unspecified |\n| J44.9 | COPD, unspecified |\n");
        Error(r, 5, "J44.1", FindingKind.DescriptionMismatch).Message.ShouldContain("J44.9");
        r.Findings.ShouldNotContain(f => f.Line == 6);
    }

    [Fact]
    public void CodesInACommentTable_AreRead()
    {
        var html = "<!doctype html><html><body>\n<h1>ED codes</h1>\n<div class=\"comments\"><ul><li><p>We use:</p>\n<table><tr><th>Code</th><th>Description</th></tr>\n"
            + "<tr><td>99284</td><td>Emergency department visit, low medical decision making</td></tr>\n</table></li></ul></div>\n</body></html>\n";
        var r = Pages.VerifyText(html, "page.html");
        Error(r, 5, "99284", FindingKind.DescriptionMismatch);
    }
}

using CodeBrief.Cli;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

/// <summary>
/// Issue 14, items 1 and 2, for the payment systems beside the PFS: an amount the words tie to the OPPS, an ASC or the ASP
/// file is checked against that file's loaded figure (<see cref="PaymentSystemWarehouse"/>: the real mirror plus the
/// issue-12 fixtures). Figures, read off the fixture rows: January 2025 Addendum B.csv row 7, 70450 SI S APC 5522 payment rate
/// $118.95 (minimum copayment $23.79); row 10, J9271 SI K APC 9476 $52.55; January 2025 ASC Addendum BB.csv row 5, 70450 Z2
/// $67.52; row 6, J9271 K2 $52.55; January 2025 ASC Addendum AA.csv row 6, G0105 A2 $456.19; Jan 2025 ASP Pricing File.csv
/// row 8, J9271 1 MG payment limit 52.504. The PFS figure beside them is real: PPRRVU2025_Oct.csv line 7598, 70450 non-facility
/// total 3.25 x CF 32.3465 = $105.13.
/// </summary>
public sealed class PaymentSystemAmountTests
{
    private const string Page = """
        # Imaging and infusion payments by setting

        Hospitals are paid $118.95 under the OPPS for CPT 70450.
        Hospitals are paid $119.85 under the OPPS for CPT 70450.
        For CPT 70450 the ASC pays about $68.00.
        For CPT 70450 the ASC pays about $118.95.
        The national PFS non-facility amount for CPT 70450 is $118.95.
        Under the OPPS, hospitals are paid $105.13 for CPT 70450.
        The ASP payment limit for J9271 is $52.50 per 1 mg.
        The ASP payment limit for J9271 is $52.55.
        Medicare's drug payment limit for J9271 is $525.04 per 10 mg.
        An ambulatory surgical center is paid $420-$480 for G0105, and for 70450 a hospital outpatient department gets roughly $120.

        | CPT/HCPCS | OPPS payment | ASC rate | ASP + 6% limit |
        |---|---|---|---|
        | 70450 | $118.95 | $67.52 | n/a |
        | J9271 | $52.55 | $52.55 | $52.50 |
        | G0105 | n/a | $456.19 | n/a |

        | Code | APC payment rate | ASC rate |
        |---|---|---|
        | 70450 | $181.95 | $76.52 |
        """;

    private static readonly Lazy<VerificationReport> Report = new(() => PaymentSystemWarehouse.VerifyText(Page));

    private static Finding FeeFinding(int line, string token) =>
        Report.Value.Findings.Where(f => f.Line == line && f.Token == token && f.Kind == FindingKind.FeeMismatch).ShouldHaveSingleItem($"{token} on line {line}");

    private static void NoFeeFinding(int line) => Report.Value.Findings.ShouldNotContain(f => f.Line == line && f.Kind == FindingKind.FeeMismatch);

    [Fact]
    public void OppsRateInASentence_IsOkCitingAddendumB()
    {
        var c = Report.Value.CheckedAt("$118.95", 3);
        c.Verdict.ShouldBe(Verdict.Ok);
        c.Note.ShouldNotBeNull().ShouldContain("January 2025 Addendum B.csv (2025-01), row 7");
        NoFeeFinding(3);
    }

    [Fact]
    public void WrongOppsRate_IsAnErrorListingTheAddendumBRowAndSuggestingIt()
    {
        var f = FeeFinding(4, "$119.85");
        f.Severity.ShouldBe(Severity.Error);
        f.Message.ShouldContain("OPPS");
        f.Message.ShouldContain("$118.95");
        f.Message.ShouldContain("APC 5522");
        f.Evidence.ShouldContain(e => e.Source.File == "January 2025 Addendum B.csv" && e.Source.Row == 7);
        f.Suggestion.ShouldNotBeNull().ShouldContain("$118.95");
        f.Replacement.ShouldBe("$118.95");
    }

    [Fact]
    public void ApproximateAscRate_WithinTenPercent_IsOk()
    {
        Report.Value.CheckedAt("about $68.00", 5).Verdict.ShouldBe(Verdict.Ok);
        Report.Value.CheckedAt("about $68.00", 5).Note.ShouldNotBeNull().ShouldContain("January 2025 ASC Addendum BB.csv (2025-01), row 5");
        NoFeeFinding(5);
    }

    [Fact]
    public void OppsRateClaimedAsTheAscRate_IsAnErrorSayingWhoseFigureItIs()
    {
        // $118.95 is 76% above the ASC's $67.52: outside "about"'s 10%.
        var f = FeeFinding(6, "about $118.95");
        f.Message.ShouldContain("$67.52");
        f.Message.ShouldContain("is the OPPS payment rate");
        f.Evidence.ShouldContain(e => e.Source.File == "January 2025 ASC Addendum BB.csv" && e.Source.Row == 5);
        f.Evidence.ShouldContain(e => e.Source.File == "January 2025 Addendum B.csv" && e.Source.Row == 7);
        f.Replacement.ShouldBe("$67.52");
    }

    [Fact]
    public void OppsRateClaimedAsTheNationalPfsAmount_IsAnError()
    {
        var f = FeeFinding(7, "$118.95");
        f.Message.ShouldContain("$105.13");
        Report.Value.CheckedAt("$118.95", 7).Verdict.ShouldBe(Verdict.Error);
    }

    [Fact]
    public void NationalPfsAmountClaimedAsTheOppsRate_IsAnErrorNamingThePfsFigure()
    {
        var f = FeeFinding(8, "$105.13");
        f.Message.ShouldContain("$118.95");
        f.Message.ShouldContain("is the PFS national non-facility amount");
        f.Evidence.ShouldContain(e => e.Source.File == "PPRRVU2025_Oct.csv" && e.Source.Row == 7598);
    }

    [Fact]
    public void AspLimitPerTheFilesDosage_IsOkToTheCent()
    {
        // 52.504 to the cent is $52.50.
        Report.Value.CheckedAt("$52.50", 9).Verdict.ShouldBe(Verdict.Ok);
        Report.Value.CheckedAt("$52.50", 9).Note.ShouldNotBeNull().ShouldContain("Jan 2025 ASP Pricing File.csv (2025-01), row 8");
        NoFeeFinding(9);
    }

    [Fact]
    public void OppsRateClaimedAsTheAspLimit_IsAnError()
    {
        var f = FeeFinding(10, "$52.55");
        f.Message.ShouldContain("$52.504");
        f.Message.ShouldContain("is the OPPS payment rate");
        f.Message.ShouldContain("is the ASC payment rate");
        f.Replacement.ShouldBe("$52.504");
    }

    [Fact]
    public void AspAmountForAnotherDosage_IsNotVerifiableNotAnError()
    {
        var c = Report.Value.CheckedAt("$525.04", 11);
        c.Verdict.ShouldBe(Verdict.NotVerifiable);
        c.Note.ShouldNotBeNull().ShouldContain("1 MG");
        NoFeeFinding(11);
    }

    [Fact]
    public void RangeAndRoughWording_InOneSentence_EachJudgedAgainstItsOwnSystem()
    {
        // $420-$480 holds the ASC's $456.19 (Addendum AA row 6); "roughly $120" is within 10% of the OPPS's $118.95.
        Report.Value.CheckedAt("$420-$480", 12).Note.ShouldNotBeNull().ShouldContain("January 2025 ASC Addendum AA.csv (2025-01), row 6");
        Report.Value.CheckedAt("$420-$480", 12).Verdict.ShouldBe(Verdict.Ok);
        Report.Value.CheckedAt("roughly $120", 12).Verdict.ShouldBe(Verdict.Ok, string.Join("\n", Report.Value.Findings.Select(f => f.Message)));
        Report.Value.CheckedAt("roughly $120", 12).Note.ShouldNotBeNull().ShouldContain("Addendum B.csv (2025-01), row 7");
        NoFeeFinding(12);
    }

    [Theory]
    [InlineData(16, "$118.95", "Addendum B.csv (2025-01), row 7")]
    [InlineData(16, "$67.52", "ASC Addendum BB.csv (2025-01), row 5")]
    [InlineData(17, "$52.55", "Addendum B.csv (2025-01), row 10")]
    [InlineData(17, "$52.50", "ASP Pricing File.csv (2025-01), row 8")]
    [InlineData(18, "$456.19", "ASC Addendum AA.csv (2025-01), row 6")]
    public void ColumnHeaders_CarryTheSystemIntoEveryRow(int line, string token, string row)
    {
        var c = Report.Value.Checked.Where(x => x.Line == line && x.Token == token && x.Verdict == Verdict.Ok).ToList();
        c.ShouldContain(x => x.Note != null && x.Note.Contains(row, StringComparison.Ordinal), $"{token} on line {line}");
        NoFeeFinding(line);
    }

    [Fact]
    public void AscColumnOfTheJ9271Row_IsCheckedAgainstAddendumBB()
    {
        // J9271's OPPS and ASC rates are both $52.55: the ASC column's is confirmed by the BB row, the OPPS column's by row 10.
        Report.Value.Checked.ShouldContain(x => x.Line == 17 && x.Token == "$52.55" && x.Note != null && x.Note.Contains("ASC Addendum BB.csv (2025-01), row 6", StringComparison.Ordinal));
    }

    [Fact]
    public void WrongFiguresUnderApcAndAscHeaders_AreErrors()
    {
        FeeFinding(22, "$181.95").Message.ShouldContain("$118.95");
        FeeFinding(22, "$76.52").Message.ShouldContain("$67.52");
    }

    [Fact]
    public void PlainMedicareAmount_MayBeAnyLoadedFigure_ButNationalWordingOnlyThePfs()
    {
        var report = PaymentSystemWarehouse.VerifyText("""
            # CT head payments

            Medicare pays $118.95 for CPT 70450.
            Medicare pays $105.13 for CPT 70450.
            Medicare pays $181.95 for CPT 70450.
            The Medicare national amount for CPT 70450 is $118.95.
            """);

        report.CheckedAt("$118.95", 3).Verdict.ShouldBe(Verdict.Ok);
        report.CheckedAt("$118.95", 3).Note.ShouldNotBeNull().ShouldContain("January 2025 Addendum B.csv (2025-01), row 7");
        // The PFS figure is confirmed by its own row first.
        report.CheckedAt("$105.13", 4).Note.ShouldNotBeNull().ShouldContain("PPRRVU2025_Oct.csv");
        report.CheckedAt("$181.95", 5).Verdict.ShouldBe(Verdict.Error);
        report.CheckedAt("$118.95", 6).Verdict.ShouldBe(Verdict.Error);
        report.Findings.Where(f => f.Kind == FindingKind.FeeMismatch).Select(f => f.Line).ShouldBe([5, 6], ignoreOrder: true);
    }

    [Fact]
    public void AmountForARowWithoutAFigureOrACodeWithoutARow_IsAnErrorSayingWhy()
    {
        // Addendum B row 9: J1100 SI N, no payment rate (packaged). 99213 is in no loaded ASC addendum.
        var report = PaymentSystemWarehouse.VerifyText("""
            # Payments by setting

            Hospitals are paid $5.00 under the OPPS for J1100.
            For CPT 99213 the ASC rate is $80.00.
            """);

        var packaged = report.Single("$5.00", FindingKind.FeeMismatch);
        packaged.Message.ShouldContain("status indicator N: packaged");
        packaged.Evidence.ShouldContain(e => e.Source.File == "January 2025 Addendum B.csv" && e.Source.Row == 9);
        packaged.Replacement.ShouldBeNull();
        var absent = report.Single("$80.00", FindingKind.FeeMismatch);
        absent.Message.ShouldContain("has no row for 99213");
        absent.Evidence.ShouldContain(e => e.Source.File == "January 2025 ASC Addendum AA.csv" && e.Source.Row == 0);
    }

    [Fact]
    public void DatasetNotLoaded_IsNotVerifiableNamingTheFileNeverAnError()
    {
        var report = Pages.VerifyText("""
            # CT head payments

            Hospitals are paid $119.85 under the OPPS for CPT 70450.
            For CPT 70450 the ASC pays about $76.00.
            The ASP payment limit for J9271 is $52.55.
            """);

        foreach (var (token, line, dataset) in new[] { ("$119.85", 3, "opps-addb"), ("about $76.00", 4, "asc"), ("$52.55", 5, "asp") })
        {
            var c = report.CheckedAt(token, line);
            c.Verdict.ShouldBe(Verdict.NotVerifiable);
            c.Note.ShouldNotBeNull().ShouldContain($"dataset {dataset}");
        }
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.FeeMismatch);
    }

    [Theory]
    [InlineData("70450", "md")]
    [InlineData("J9271", "md")]
    [InlineData("70450", "html")]
    [InlineData("J9271", "html")]
    public async Task TheBriefsOwnOutpatientFigures_VerifyClean(string code, string format)
    {
        // The brief prints these figures (BriefBuilder.Outpatient, Summary, Key Facts); verify reads them the same way.
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CodeBriefApp.RunAsync(["--home", PaymentSystemWarehouse.Home, "brief", code, "--format", format], output, error, CancellationToken.None);
        exit.ShouldBe(0, error.ToString());
        var brief = output.ToString();
        brief.ShouldContain(code == "70450" ? "$118.95" : "$52.55");

        using var db = PaymentSystemWarehouse.Open();
        var report = new PageVerifier(db, Pages.AsOf).Verify(PageReader.Parse($"{code}.{format}", brief));

        report.Findings.Where(f => f.Kind == FindingKind.FeeMismatch).ShouldBeEmpty(string.Join("\n", report.Findings.Select(f => $"{f.Line} {f.Token}: {f.Message}")));
        int Confirmed(string file) => report.Checked.Count(x => x.Verdict == Verdict.Ok && x.Note != null && x.Note.Contains(file, StringComparison.Ordinal));
        // Addendum B and BB figures each stand in the summary sentence, the Key Facts row and the outpatient table (whose OPPS
        // "Payment rate" column is named by the caption above it); J9271's ASP limit in the ASP table.
        Confirmed("January 2025 Addendum B.csv").ShouldBeGreaterThanOrEqualTo(3, string.Join("\n", report.Checked.Where(x => x.CodeSet == "fee").Select(x => $"{x.Line} {x.Token} {x.Verdict} {x.Note}")));
        Confirmed("January 2025 ASC Addendum BB.csv").ShouldBeGreaterThanOrEqualTo(3);
        if (code == "J9271") Confirmed("Jan 2025 ASP Pricing File.csv").ShouldBe(1);
    }
}

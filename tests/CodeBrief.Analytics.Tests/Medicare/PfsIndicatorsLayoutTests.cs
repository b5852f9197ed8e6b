using CodeBrief.Analytics.Medicare;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Testing;

namespace CodeBrief.Analytics.Tests.Medicare;

/// <summary>
/// Each indicator table against the RVU25D layout document (RVU25D.pdf, SHA-256 d5a0fc0e…bbc): the expected texts below
/// are copied from the layout, line breaks joined.
/// </summary>
public sealed class PfsIndicatorsLayoutTests
{
    [Fact]
    public void Pctc7_HasTheHospitalPatientClause() => PfsIndicators.Pctc("7").ShouldBe(
        "Physical therapy service, for which payment may not be made: payment may not be made if the service is provided to either a patient "
        + "in a hospital outpatient department or to an inpatient of the hospital by an independently practicing physical or occupational therapist");

    [Fact]
    public void Pctc8_HasBothHospitalPatientClauses() => PfsIndicators.Pctc("8").ShouldBe(
        "Physician interpretation codes: this indicator identifies the professional component of clinical laboratory codes for which separate "
        + "payment may be made only if the physician interprets an abnormal smear for hospital inpatient. This applies to CPT codes 85060. No TC "
        + "billing is recognized because payment for the underlying clinical laboratory test is made to the hospital, generally through the PPS "
        + "rate. No payment is recognized for CPT codes 85060 furnished to hospital outpatients or non-hospital patients. The physician "
        + "interpretation is paid through the clinical laboratory fee schedule payment for the clinical laboratory test");

    [Fact]
    public void Pctc5_SaysNoPaymentForHospitalPatients() => PfsIndicators.Pctc("5").ShouldContain(
        "Payment may not be made by A/B MACs (B) for these services when they are provided to hospital inpatients or patients in a hospital "
        + "outpatient department");

    [Theory]
    [InlineData("A", "Active Code. These codes are paid separately under the physician fee schedule, if covered. There will be RVUs for codes with this status. The presence of an \"A\" indicator does not mean that Medicare has made a national coverage determination regarding the service; A/B MACs (B) remain responsible for coverage decisions in the absence of a national Medicare policy")]
    [InlineData("I", "Not valid for Medicare purposes. Medicare uses another code for reporting of, and payment for, these services. (Code NOT subject to a 90 day grace period.)")]
    [InlineData("N", "Non-covered Services. These services are not covered by Medicare")]
    [InlineData("T", "Injections. There are RVUs and payment amounts for these services, but they are only paid if there are no other services payable under the physician fee schedule billed on the same date by the same provider. If any other services payable under the physician fee schedule are billed on the same date by the same provider, these services are bundled into the physician services for which payment is made")]
    public void Status_IsTheLayoutsWording(string code, string expected) => PfsIndicators.Status(code).ShouldBe(expected);

    [Theory]
    [InlineData("000", "Endoscopic or minor procedure with related preoperative and postoperative relative values on the day of the procedure only included in the fee schedule payment amount; evaluation and management services on the day of the procedure generally not payable")]
    [InlineData("090", "Major surgery with a 1-day preoperative period and 90-day postoperative period included in the fee schedule amount")]
    [InlineData("YYY", "The carrier is to determine whether the global concept applies and establishes postoperative period, if appropriate, at time of pricing")]
    public void GlobalDays_IsTheLayoutsWording(string code, string expected) => PfsIndicators.GlobalDays(code).ShouldBe(expected);

    [Theory]
    [InlineData("1", "Standard payment adjustment rules in effect before January 1, 1995 for multiple procedures apply")]
    [InlineData("2", "rank the procedures by fee schedule amount and apply the appropriate reduction to this code (100%, 50%, 50%, 50%, 50% and by report)")]
    [InlineData("4", "Subject to 5% reduction of the PC of diagnostic imaging (effective for services January 1, 2017 and after)")]
    [InlineData("6", "Subject to 25% reduction of the second highest and subsequent procedures to the TC of diagnostic cardiovascular services, effective for services January 1, 2013, and thereafter")]
    public void MultipleProcedure_KeepsTheLayoutsClauses(string code, string expected) => PfsIndicators.MultipleProcedure(code).ShouldContain(expected);

    [Theory]
    [InlineData("1", "If the code is reported as a bilateral procedure and is reported with other procedure codes on the same day, apply the bilateral adjustment before applying any multiple procedure rules")]
    [InlineData("3", "base the payment for each side or organ or site of a paired organ on the lower of (a) the actual charge for each side or (b) 100% of the fee schedule amount for each side")]
    public void Bilateral_KeepsTheLayoutsClauses(string code, string expected) => PfsIndicators.Bilateral(code).ShouldContain(expected);

    [Fact]
    public void Bilateral_LeavesOutTheWorkedExampleWithItsDollarAmount()
    {
        PfsIndicators.Bilateral("0").ShouldNotContain("$");
        PfsIndicators.Bilateral("2").ShouldNotContain("$");
        PfsIndicators.Bilateral("2").ShouldEndWith("or (c) the procedure is usually performed as a bilateral procedure");
    }

    [Fact]
    public void Assistant_CoSurgeon_Team_AreTheLayoutsWording()
    {
        PfsIndicators.AssistantSurgery("0").ShouldBe("Payment restriction for assistants at surgery applies to this procedure unless supporting documentation is submitted to establish medical necessity");
        PfsIndicators.AssistantSurgery("1").ShouldBe("Statutory payment restriction for assistants at surgery applies to this procedure. Assistant at surgery may not be paid");
        PfsIndicators.CoSurgery("1").ShouldBe("Co-surgeons could be paid, though supporting documentation is required to establish the medical necessity of two surgeons for the procedure");
        PfsIndicators.CoSurgery("2").ShouldBe("Co-surgeons permitted and no documentation required if the two-specialty requirement is met");
        PfsIndicators.TeamSurgery("1").ShouldBe("Team surgeons could be paid, though supporting documentation required to establish medical necessity of a team; pay by report");
        PfsIndicators.TeamSurgery("2").ShouldBe("Team surgeons permitted; pay by report");
    }

    [Fact]
    public void EveryValueTheRealRvuFileUses_HasALayoutMeaning()
    {
        var rows = new PfsRvuFormat().Read(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), CancellationToken.None)
            .Select(r => r.Value).OfType<PfsRvuRow>().ToList();
        rows.Count.ShouldBeGreaterThan(19_000);

        foreach (var (name, values, meaning) in new (string, IEnumerable<string>, Func<string, string>)[]
                 {
                     ("status", rows.Select(r => r.Status), PfsIndicators.Status), ("PC/TC", rows.Select(r => r.PctcIndicator), PfsIndicators.Pctc),
                     ("global", rows.Select(r => r.GlobalDays), PfsIndicators.GlobalDays),
                     ("mult proc", rows.Select(r => r.MultipleProcedure), PfsIndicators.MultipleProcedure),
                     ("bilateral", rows.Select(r => r.BilateralSurgery), PfsIndicators.Bilateral),
                     ("assistant", rows.Select(r => r.AssistantSurgery), PfsIndicators.AssistantSurgery),
                     ("co-surgeon", rows.Select(r => r.CoSurgery), PfsIndicators.CoSurgery), ("team", rows.Select(r => r.TeamSurgery), PfsIndicators.TeamSurgery),
                 })
            foreach (var value in values.Where(v => v.Length > 0).Distinct())
                meaning(value).ShouldNotContain("not defined", customMessage: $"{name} {value}");
    }
}

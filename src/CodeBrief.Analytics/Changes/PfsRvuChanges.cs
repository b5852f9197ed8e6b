using CodeBrief.Analytics.Medicare;
using CodeBrief.Warehouse;
using static CodeBrief.Analytics.Changes.ChangeValues;

namespace CodeBrief.Analytics.Changes;

/// <summary>PFS RVU rows compared by payment modifier: status, RVUs, conversion factor, indicators and the national amounts
/// <see cref="PfsPaymentCalculator"/> computes from them.</summary>
internal sealed class PfsRvuChanges : IChangeProjection
{
    public string Dataset => "pfs-rvu";

    public string Label => "Physician Fee Schedule relative value units";

    public IReadOnlyList<ComparableRow> Rows(IReferenceStore store, string code) =>
        [.. store.Pfs(code).DistinctBy(r => r.Modifier).Select(r => new ComparableRow(r.Modifier.Length == 0 ? "global" : $"modifier {r.Modifier}",
        [
            ("status", Text(r.Status)),
            ("work RVU", Number(r.WorkRvu)),
            ("non-facility PE RVU", r.NonFacilityNotApplicable ? "NA" : Number(r.NonFacilityPeRvu)),
            ("facility PE RVU", r.FacilityNotApplicable ? "NA" : Number(r.FacilityPeRvu)),
            ("malpractice RVU", Number(r.MalpracticeRvu)),
            ("non-facility total RVU", Number(r.NonFacilityTotal)),
            ("facility total RVU", Number(r.FacilityTotal)),
            ("conversion factor", Number(r.ConversionFactor)),
            ("PC/TC indicator", Text(r.PctcIndicator)),
            ("global days", Text(r.GlobalDays)),
            ("multiple procedure indicator", Text(r.MultipleProcedure)),
            ("bilateral surgery indicator", Text(r.BilateralSurgery)),
            ("assistant at surgery indicator", Text(r.AssistantSurgery)),
            ("co-surgeon indicator", Text(r.CoSurgery)),
            ("team surgery indicator", Text(r.TeamSurgery)),
            ("non-facility PE RVU used for OPPS cap", Number(r.NonFacilityPeOpps)),
            ("malpractice RVU used for OPPS cap", Number(r.MalpracticeOppsRvu)),
            ("national non-facility amount", PfsPaymentCalculator.National(r, facility: false).ToString()),
            ("national facility amount", PfsPaymentCalculator.National(r, facility: true).ToString()),
        ], r.Source))];
}

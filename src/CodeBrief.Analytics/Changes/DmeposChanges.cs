using CodeBrief.Analytics.Medicare;
using CodeBrief.Warehouse;
using static CodeBrief.Analytics.Changes.ChangeValues;

namespace CodeBrief.Analytics.Changes;

/// <summary>DMEPOS fee schedule rows compared per payment modifier row and state: category, ceiling, floor and the
/// non-rural and rural fees (0, "no fee", prints blank).</summary>
internal sealed class DmeposChanges : IChangeProjection
{
    public string Dataset => "dmepos";

    public string Label => "DMEPOS fee schedule";

    public IReadOnlyList<ComparableRow> Rows(IReferenceStore store, string code) =>
        [.. store.Dmepos(code).DistinctBy(r => (r.Modifier, r.Modifier2, r.State)).Select(r => new ComparableRow(
            $"{(DmeposModifierPricing.Join(r.Modifier, r.Modifier2) is { Length: > 0 } modifiers ? modifiers : "no modifier")} {r.State}",
            [
                ("payment category", Text(r.Category)),
                ("ceiling", Fee(r.Ceiling)),
                ("floor", Fee(r.Floor)),
                ("non-rural fee", Fee(r.NonRuralFee)),
                ("rural fee", Fee(r.RuralFee)),
            ], r.Source))];

    private static string Fee(decimal fee) => fee == 0m ? "" : Dollars(fee);
}

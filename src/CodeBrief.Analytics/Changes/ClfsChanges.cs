using CodeBrief.Warehouse;
using static CodeBrief.Analytics.Changes.ChangeValues;

namespace CodeBrief.Analytics.Changes;

/// <summary>CLFS rows compared by modifier: the national limitation amount and its indicator.</summary>
internal sealed class ClfsChanges : IChangeProjection
{
    public string Dataset => "clfs";

    public string Label => "Clinical Laboratory Fee Schedule";

    public IReadOnlyList<ComparableRow> Rows(IReferenceStore store, string code) =>
        [.. store.Clfs(code).DistinctBy(r => r.Modifier).Select(r => new ComparableRow(r.Modifier.Length == 0 ? "no modifier" : $"modifier {r.Modifier}",
        [
            ("national limitation amount", Dollars(r.Rate)),
            ("indicator", Text(r.Indicator)),
            ("short descriptor", Text(r.ShortDescription)),
        ], r.Source))];
}

using CodeBrief.Warehouse;
using static CodeBrief.Analytics.Changes.ChangeValues;

namespace CodeBrief.Analytics.Changes;

/// <summary>The HCPCS Level II record compared: descriptors, coverage, BETOS, dates and action code.</summary>
internal sealed class HcpcsChanges : IChangeProjection
{
    public string Dataset => "hcpcs";

    public string Label => "HCPCS Level II codes";

    public IReadOnlyList<ComparableRow> Rows(IReferenceStore store, string code) => store.Hcpcs(code) is { } r
        ? [new ComparableRow("code record",
        [
            ("long descriptor", Text(r.LongDescription)),
            ("short descriptor", Text(r.ShortDescription)),
            ("coverage code", Text(r.Coverage)),
            ("BETOS", Text(r.Betos)),
            ("effective date", Text(r.EffectiveDate)),
            ("termination date", Text(r.TerminationDate)),
            ("action code", Text(r.ActionCode)),
        ], r.Source)]
        : [];
}

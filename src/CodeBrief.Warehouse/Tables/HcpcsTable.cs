using CodeBrief.Ingest.Hcpcs;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>HCPCS Level II codes: <see cref="HcpcsRow"/> rows in table <c>hcpcs_codes</c>.</summary>
internal static class HcpcsTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<HcpcsRow> Map { get; } = new("hcpcs_codes",
    [
        ("code", r => r.Code),
        ("long_desc", r => Text(r.LongDescription)),
        ("short_desc", r => Text(r.ShortDescription)),
        ("price_ind", r => r.PricingIndicator),
        ("mult_pi", r => r.MultiplePricingIndicator),
        ("coverage", r => r.Coverage),
        ("betos", r => r.Betos),
        ("tos", r => r.TypeOfService),
        ("lab_cert", r => r.LabCertification),
        ("xref", r => r.CrossReference),
        ("statute", r => r.Statute),
        ("add_date", r => r.AddDate),
        ("eff_date", r => r.EffectiveDate),
        ("term_date", r => r.TerminationDate),
        ("action_cd", r => r.ActionCode),
    ]);
}

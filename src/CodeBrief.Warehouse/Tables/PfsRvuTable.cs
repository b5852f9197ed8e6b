using CodeBrief.Ingest.PfsRvu;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The PFS national relative value file: <see cref="PfsRvuRow"/> rows in table <c>pfs_rvu</c>.</summary>
internal static class PfsRvuTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<PfsRvuRow> Map { get; } = new("pfs_rvu",
    [
        ("code", r => r.Code),
        ("modifier", r => r.Modifier),
        ("description", r => Text(r.Description)),
        ("status", r => Text(r.Status)),
        ("not_used_for_medicare", r => Text(r.NotUsedForMedicare)),
        ("work_rvu", r => Number(r.WorkRvu)),
        ("nf_pe_rvu", r => Number(r.NonFacilityPeRvu)),
        ("nf_na_ind", r => PfsRvuRow.NotApplicableText(r.NonFacilityNotApplicable)),
        ("f_pe_rvu", r => Number(r.FacilityPeRvu)),
        ("f_na_ind", r => PfsRvuRow.NotApplicableText(r.FacilityNotApplicable)),
        ("mp_rvu", r => Number(r.MalpracticeRvu)),
        ("nf_total", r => Number(r.NonFacilityTotal)),
        ("f_total", r => Number(r.FacilityTotal)),
        ("pctc_ind", r => Text(r.PctcIndicator)),
        ("glob_days", r => Text(r.GlobalDays)),
        ("pre_op", r => Text(r.PreOperative)),
        ("intra_op", r => Text(r.IntraOperative)),
        ("post_op", r => Text(r.PostOperative)),
        ("mult_proc", r => Text(r.MultipleProcedure)),
        ("bilat_surg", r => Text(r.BilateralSurgery)),
        ("asst_surg", r => Text(r.AssistantSurgery)),
        ("co_surg", r => Text(r.CoSurgery)),
        ("team_surg", r => Text(r.TeamSurgery)),
        ("endo_base", r => Text(r.EndoscopicBase)),
        ("conv_factor", r => Number(r.ConversionFactor)),
        ("phys_supervision", r => Text(r.PhysicianSupervision)),
        ("calc_flag", r => Text(r.CalculationFlag)),
        ("diag_imaging_family", r => Text(r.DiagnosticImagingFamily)),
        ("nf_pe_opps", r => Number(r.NonFacilityPeOpps)),
        ("f_pe_opps", r => Number(r.FacilityPeOpps)),
        ("mp_opps", r => Number(r.MalpracticeOppsRvu)),
    ]);
}

using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    private static BriefSection Overview(CodeDossier d)
    {
        var rows = new List<IReadOnlyList<BriefCell>>();
        void Row(string field, string value, SourceRef? source) =>
            rows.Add([BriefCell.Label(field), source is { } s ? BriefCell.Fact(value, s) : BriefCell.Label(value),
                source is { } s2 ? BriefCell.SourceOf(s2) : BriefCell.Label("")]);

        if (d.Descriptors.Count == 0) Row("Descriptor", NotAvailable.Text, null);
        foreach (var desc in d.Descriptors) Row($"Descriptor: {desc.Label}", desc.Text, desc.Source);
        var c = d.Classification;
        Row("Code type", c.TypeLabel, c.Source);
        Row("Code family", c.Family ?? NotAvailable.Text, c.Family is null ? null : c.Source);
        if (c.Subfamily is not null) Row("Subfamily", c.Subfamily, c.Source);
        var (service, serviceSource) = ServiceType(d);
        Row("Service type", service, serviceSource);
        foreach (var (text, source) in SiteOfService(d)) Row("Typical site of service", text, source);
        Row("Place of service in payer rates", NotAvailable.Text, null);
        if (d.LevelII is { } l2)
        {
            if (l2.Coverage is { } cov) Row("HCPCS coverage code", cov, l2.Source);
            if (l2.Betos is { } betos) Row("BETOS", betos, l2.Source);
            if (l2.TerminationDate is { } term) Row("Termination date", term, l2.Source);
        }
        return new BriefSection("billing-code-overview", "Billing Code Overview",
        [
            new BriefParagraph("CPT descriptors are AMA copyright; this brief prints only descriptors from the files loaded by the user, labelled with their source."),
            new BriefTable(["Field", "Value", "Source"], rows),
        ]);
    }

    private static (string, SourceRef?) ServiceType(CodeDossier d)
    {
        if (d.ClfsPrimary is { } clfs) return ("Clinical laboratory test (listed on the Clinical Laboratory Fee Schedule)", clfs.Source);
        if (d.Pfs.FirstOrDefault() is { } p)
            return ($"Physician fee schedule service, status {p.Row.Status}; PC/TC indicator {p.Row.PctcIndicator} (both explained in the glossary)", p.Row.Source);
        if (d.LevelII is { } l2 && d.Classification.Family is { } family) return ($"HCPCS Level II: {family}", d.Classification.Source);
        return (NotAvailable.Text, null);
    }

    private static IEnumerable<(string, SourceRef?)> SiteOfService(CodeDossier d)
    {
        var any = false;
        foreach (var p in d.Pfs)
        {
            var label = p.Modifier.Length == 0 ? "Global" : $"Modifier {p.Modifier}";
            var nf = p.Pricing.NonFacilityNational.Amount is not null;
            var f = p.Pricing.FacilityNational.Amount is not null;
            string? text = (nf, f) switch
            {
                (true, true) => $"{label}: priced in both non-facility (office) and facility settings (PFS)",
                (true, false) => $"{label}: priced in the non-facility (office) setting only; facility: {p.Pricing.FacilityNational.NotPricedReason}",
                (false, true) => $"{label}: priced in the facility setting only; non-facility: {p.Pricing.NonFacilityNational.NotPricedReason}",
                _ => null,
            };
            if (text is null) continue;
            any = true;
            yield return (text, p.Row.Source);
        }
        if (d.ClfsPrimary is { } clfs)
        {
            any = true;
            yield return ("Laboratory: the test is paid under the Clinical Laboratory Fee Schedule", clfs.Source);
        }
        if (!any) yield return (NotAvailable.Text, null);
    }
}

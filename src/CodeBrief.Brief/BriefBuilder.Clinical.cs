using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    private static BriefSection Clinical(CodeDossier d)
    {
        var blocks = new List<BriefBlock> { new BriefHeading("Clinical Context") };
        var context = ClinicalContext(d);
        blocks.Add(context.Count > 0 ? new BriefList(context) : new BriefParagraph(Na));

        blocks.Add(new BriefHeading("Modifiers"));
        blocks.Add(d.Modifiers.Count == 0
            ? new BriefParagraph($"No modifier rule applies to this code in the loaded data: the rule table's classes {string.Join(", ", d.ModifierClassesTried)} were tried "
                + $"and none matched (see `codebrief rules`). {Na}")
            : new BriefTable(["Modifier", "Description", "When to use", "Rule", "Source"], d.Modifiers.Select(m => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(m.Code, m.Source),
                m.DescriptionSource is { } ds ? BriefCell.Fact(m.Description, ds) : BriefCell.Label(m.Description),
                BriefCell.Label(m.WhenToUse),
                BriefCell.Fact(m.Rule, m.Source),
                new BriefCell(m.DescriptionSource is { } ds2 ? $"{m.Source}; text: {ds2}" : m.Source.ToString(),
                    m.DescriptionSource is { } ds3 ? [m.Source, ds3] : [m.Source]),
            ]).ToList()));

        blocks.Add(new BriefHeading("Provider Taxonomy"));
        blocks.AddRange(Taxonomy(d));

        blocks.Add(new BriefHeading("Related ICD-10-CM Diagnoses"));
        blocks.AddRange(Diagnoses(d));

        blocks.Add(new BriefHeading("Related CPT/HCPCS Codes"));
        blocks.Add(d.RelatedCodes.Count == 0
            ? new BriefParagraph($"No loaded file relates another code to this one (NCCI edits, PC/TC component families, with/without twins, descriptor and CLFS test families were searched). {Na}")
            : new BriefTable(["Code", "Descriptor", "Relationship", "Strength", "PFS status", "Source"], d.RelatedCodes.Select(r => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(r.Code, r.Source),
                r.DescriptorSource is { } ds ? BriefCell.Fact(r.Descriptor, ds) : BriefCell.Label(r.Descriptor),
                BriefCell.Fact(r.Note is { } note ? $"{r.Relationship}. {note}" : r.Relationship, r.Source),
                BriefCell.Label(r.Strength),
                r.Status is { } st && r.StatusSource is { } ss ? BriefCell.Fact($"{st}: {r.StatusMeaning}", ss) : BriefCell.Label(r.Note is null ? "-" : "not in the loaded PFS"),
                new BriefCell(r.DescriptorSource is { } ds2 ? $"{r.Source}; descriptor: {ds2}" : r.Source.ToString(),
                    r.DescriptorSource is { } ds3 ? [r.Source, ds3] : [r.Source]),
            ]).ToList()));
        if (d.RelatedCodes.Count > 0)
            blocks.Add(new BriefParagraph("Each row rests on a loaded file: NCCI edits, PFS PC/TC indicators with matching descriptors, with/without descriptor twins, "
                + "or a shared descriptor stem scored as leading words shared over the longer descriptor's words, against the threshold the row states. "
                + "A PFS status is shown when Medicare does not pay the code from RVUs."));
        var listed = d.RelatedCodes.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var partners = d.Ptp.Where(p => p.DeletionDate is null).Select(p => p.Column1 == d.Code ? p.Column2 : p.Column1)
            .Where(c => Core.Codes.HcpcsCode.TryParse(c, out _));
        if (partners.Any(c => !listed.Contains(c)))
            blocks.Add(new BriefParagraph("NCCI PTP edits also name partner codes not listed here (codes missing from the loaded code sets, or beyond the first "
                + "partners); they stay in the dossier's NCCI facts."));
        return new BriefSection("clinical-coding", "Clinical & Coding Specifications", blocks);
    }

    /// <summary>What the data says about how the service is delivered and billed; no invented scenarios.</summary>
    private static List<BriefParagraph> ClinicalContext(CodeDossier d)
    {
        var list = new List<BriefParagraph>();
        if (d.ClfsPrimary is { } clfs)
            list.Add(new BriefParagraph("The code is a clinical laboratory test on the Medicare Clinical Laboratory Fee Schedule; the laboratory that performs it bills it.", [clfs.Source]));
        foreach (var p in d.Pfs)
        {
            var label = p.Modifier.Length == 0 ? "Global service" : $"Modifier {p.Modifier} service";
            list.Add(new BriefParagraph($"{label}: PC/TC indicator {p.Row.PctcIndicator}; global days {p.Row.GlobalDays} (see the glossary).", [p.Row.Source]));
        }
        foreach (var a in d.AddOns.Where(a => a.DeletionDate is null && a.AddOnCode == d.Code).Take(1))
            list.Add(new BriefParagraph($"The code is an add-on code: NCCI lists it with primary codes (AOC edit {a.EditTypeMeaning}); it is reported with a primary service, not alone.", [a.Source]));
        if (d.LevelII is { } l2 && l2.TerminationDate is { } term)
            list.Add(new BriefParagraph($"The HCPCS Level II file gives the code a termination date of {term}.", [l2.Source]));
        return list;
    }
}

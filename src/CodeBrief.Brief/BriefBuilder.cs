using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

/// <summary>
/// Builds a <see cref="BriefDocument"/> from a <see cref="CodeDossier"/> alone, with fixed text templates: nothing is
/// added that the dossier does not hold, and every missing fact becomes <see cref="NotAvailable.Text"/>. Deterministic.
/// </summary>
public static partial class BriefBuilder
{
    /// <summary>Section ids in the order the brief prints them (the order readers of the example pages expect).</summary>
    public static readonly IReadOnlyList<string> SectionIds =
        ["key-facts", "summary", "billing-code-overview", "clinical-coding", "payer-coverage", "policy-notes", "changes", "glossary", "sources"];

    /// <summary>Builds the brief.</summary>
    public static BriefDocument Build(CodeDossier dossier, DateOnly generatedOn)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var d = dossier.PrimaryDescriptor;
        return new BriefDocument(dossier.Code, dossier.Classification.TypeLabel, d?.Text ?? NotAvailable.Text, d?.Source, d?.Label, generatedOn,
        [
            KeyFacts(dossier),
            Summary(dossier),
            Overview(dossier),
            Clinical(dossier),
            Payers(dossier),
            Policy(dossier),
            Changes(dossier),
            Glossary(dossier),
            Sources(dossier),
        ], dossier)
        {
            DescriptorExpansion = d is null ? null : DescriptorExpander.Expand(d.Text),
        };
    }

    private static string Na => NotAvailable.Text + ".";

    private static BriefSection Sources(CodeDossier d)
    {
        var rows = d.Sources.Select(s => (IReadOnlyList<BriefCell>)
        [
            BriefCell.Label(s.Dataset), BriefCell.Label(s.Publisher), BriefCell.Label(s.File), BriefCell.Label(s.Version),
            BriefCell.Label(s.Sha256.Length > 0 ? s.Sha256 : "editorial table in CodeBrief"),
            BriefCell.Label(s.IsSynthetic ? "yes" : "no"),
        ]).ToList();
        return new BriefSection("sources", "Sources",
        [
            new BriefParagraph("Every file and table this brief used, with its version; the numbered citations after each fact point to the cited rows listed below."),
            new BriefTable(["Dataset", "Publisher", "File", "Version", "SHA-256", "Synthetic"], rows),
        ]);
    }
}

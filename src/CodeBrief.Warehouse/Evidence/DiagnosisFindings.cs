namespace CodeBrief.Warehouse.Evidence;

/// <summary>
/// The diagnoses related to a procedure code, split by whether the loaded ICD-10-CM code set confirms them.
/// </summary>
/// <param name="Diagnoses">Codes found in the loaded ICD-10-CM file, ordered by code; the only ones a brief may list.</param>
/// <param name="NotInCodeSet">Codes the articles or crosswalk name but the loaded code set lacks (a category such as
/// <c>E11</c>, a deleted code, or no ICD-10-CM file loaded). A brief may mention that they were left out, never list them
/// as diagnoses.</param>
public sealed record DiagnosisFindings(IReadOnlyList<DiagnosisEvidence> Diagnoses, IReadOnlyList<DiagnosisEvidence> NotInCodeSet)
{
    /// <summary>The current coverage articles whose code list names the code, by article number; empty when none.</summary>
    public IReadOnlyList<CoverageArticleEvidence> Articles { get; init; } = [];

    /// <summary>True when a coverage article ICD-10-CM list (<c>lcd-article-icd10</c>) is loaded.</summary>
    public bool ArticleDiagnosesLoaded { get; init; }

    /// <summary>True when the articles' CPT/HCPCS code lists (<c>lcd-article-hcpc</c>) are loaded: without them no diagnosis
    /// can be tied to a procedure code (the Coverage API serves them only with the AMA licence accepted).</summary>
    public bool ArticleCodeListsLoaded { get; init; }

    /// <summary>True when no loaded source relates any diagnosis to the code.</summary>
    public bool IsEmpty => Diagnoses.Count == 0 && NotInCodeSet.Count == 0;
}

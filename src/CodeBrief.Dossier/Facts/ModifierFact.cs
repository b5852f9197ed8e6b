using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A modifier that applies to the code, derived by a row of the modifier rule table over loaded data.</summary>
/// <param name="Code">The modifier.</param>
/// <param name="Description">Official text from the loaded HCPCS modifier list, or a note that CPT modifier text is AMA text not in the input.</param>
/// <param name="WhenToUse">When it applies, from the rule.</param>
/// <param name="Rule">The rule that put it here, with the indicator value.</param>
/// <param name="Source">The data row the rule fired on.</param>
/// <param name="DescriptionSource">The modifier list row of the description; null for CPT modifiers.</param>
/// <param name="RuleId">The rule table row (<c>EM-25</c>); see <c>codebrief rules</c>.</param>
/// <param name="CodeClass">The rule's code class.</param>
/// <param name="Basis">What the rule rests on (<see cref="Rules.RuleBasis"/>): a loaded file, or <c>cms-manual (editorial)</c>.</param>
/// <param name="Citation">The file and field, or the CMS manual chapter and section.</param>
public sealed record ModifierFact(string Code, string Description, string WhenToUse, string Rule, SourceRef Source, SourceRef? DescriptionSource,
    string RuleId = "", string CodeClass = "", string Basis = "", string Citation = "");

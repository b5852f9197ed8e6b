using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Warehouse;

namespace CodeBrief.Dossier.Rules;

/// <summary>One row of the modifier rule table as published (<c>codebrief rules</c>, the site's rules page).</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Class">Code class.</param>
/// <param name="Modifiers">The modifiers, each with its official text and modifier file row (Level II) or the CPT note.</param>
/// <param name="Condition">When the rule applies, in words.</param>
/// <param name="WhenToUse">When to use the modifiers, in CodeBrief's own words.</param>
/// <param name="Basis">What the rule rests on (<see cref="RuleBasis"/>).</param>
/// <param name="Citation">File and field, or CMS manual chapter and section.</param>
/// <param name="Editorial">True for a CMS-manual rule, which is CodeBrief's editorial reading.</param>
public sealed record PublishedRule(string Id, string Class, IReadOnlyList<PublishedModifier> Modifiers, string Condition, string WhenToUse,
    string Basis, string Citation, bool Editorial);

/// <summary>A modifier of a published rule.</summary>
/// <param name="Code">The modifier.</param>
/// <param name="Description">The loaded HCPCS modifier file's long text; for CPT modifiers the note that their text is AMA's; else not available.</param>
/// <param name="Source">The HCPCS modifier file row; null for CPT modifiers or when the loaded file lacks it.</param>
public sealed record PublishedModifier(string Code, string Description, SourceRef? Source);

/// <summary>Publishes <see cref="ModifierRuleTable"/> with each Level II modifier's row of the loaded HCPCS modifier file.</summary>
public static class RuleCatalog
{
    /// <summary>Every rule in table order.</summary>
    public static IReadOnlyList<PublishedRule> Publish(IReferenceStore reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ModifierRuleTable.Rules.Select(r => new PublishedRule(r.Id, r.Class, r.Modifiers.Select(m => Modifier(reference, m)).ToList(),
            r.ConditionText, r.WhenToUse, r.Basis, r.Citation, r.IsEditorial)).ToList();
    }

    private static PublishedModifier Modifier(IReferenceStore reference, string code)
    {
        if (ModifierCode.TryParse(code, out var parsed) && parsed.IsCpt) return new PublishedModifier(code, ModifierRules.CptDescriptorNotBundled, null);
        return reference.Modifier(code) is { } row
            ? new PublishedModifier(code, row.LongDescription ?? row.ShortDescription ?? NotAvailable.Text, row.Source)
            : new PublishedModifier(code, NotAvailable.Text, null);
    }
}

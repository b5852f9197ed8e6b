using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Dossier.Rules;

namespace CodeBrief.Dossier;

/// <summary>
/// Derives the modifiers that apply to a code by trying every row of <see cref="ModifierRuleTable"/> against the code's loaded
/// data. Each modifier names its rule, its basis and the row the rule fired on.
/// </summary>
/// <remarks>CPT (two-digit) modifier descriptors are AMA text and never bundled; HCPCS Level II modifier text comes from the
/// loaded modifier list when it has the modifier.</remarks>
public static class ModifierRules
{
    /// <summary>
    /// The CPT (two-digit) modifiers the rule table names. CPT modifiers are AMA text, so no loaded file lists them; this set
    /// is what the grounding check accepts for them.
    /// </summary>
    public static readonly IReadOnlySet<string> CptModifiers = ModifierRuleTable.Rules.SelectMany(r => r.Modifiers)
        .Where(m => ModifierCode.TryParse(m, out var c) && c.IsCpt).ToHashSet(StringComparer.Ordinal);

    /// <summary>What is printed instead of a CPT modifier's descriptor.</summary>
    public const string CptDescriptorNotBundled = "CPT modifier; its descriptor is AMA text not in the input";

    /// <summary>Tries every rule of the table; one entry per modifier, in table order, and every class tried.</summary>
    /// <param name="subject">The code's loaded facts.</param>
    /// <param name="modifierText">Looks up a modifier's official text and row in the loaded modifier list.</param>
    public static ModifierDerivation Derive(ModifierSubject subject, Func<string, (string Text, SourceRef Source)?> modifierText)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(modifierText);
        var list = new List<ModifierFact>();
        foreach (var rule in ModifierRuleTable.Rules)
        {
            foreach (var modifier in rule.Modifiers)
            {
                if (list.Any(m => m.Code == modifier)) continue;
                if (rule.Condition.Match(subject, modifier) is not { } row) continue;
                var isCpt = ModifierCode.TryParse(modifier, out var parsed) && parsed.IsCpt;
                var official = isCpt ? null : modifierText(modifier);
                // A Level II modifier rests on its row of the HCPCS modifier file: without that row loaded it is not offered,
                // unless the PFS layout itself names it (LT, RT, AS).
                if (!isCpt && official is null && !PfsIndicators.ModifiersNamedByLayout.Contains(modifier)) continue;
                var observed = rule.Condition.Observed(subject, modifier) is { } o ? $"{o}. " : "";
                var ruleText = $"{observed}Rule {rule.Id} ({rule.Class}); basis {rule.Basis}: {rule.Citation}";
                list.Add(new ModifierFact(modifier, isCpt ? CptDescriptorNotBundled : official?.Text ?? NotAvailable.Text,
                    rule.WhenToUse, ruleText, row, official?.Source, rule.Id, rule.Class, rule.Basis, rule.Citation));
            }
        }
        return new ModifierDerivation(list, CodeClass.All);
    }
}

/// <summary>The modifiers the rule table derived for a code, and the classes it tried.</summary>
/// <param name="Modifiers">One entry per modifier, in table order.</param>
/// <param name="ClassesTried">Every class of the table, in table order (all are tried for every code).</param>
public sealed record ModifierDerivation(IReadOnlyList<ModifierFact> Modifiers, IReadOnlyList<string> ClassesTried);

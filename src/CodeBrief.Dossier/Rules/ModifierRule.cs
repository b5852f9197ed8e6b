namespace CodeBrief.Dossier.Rules;

/// <summary>One row of the modifier rule table.</summary>
/// <param name="Id">Stable id (<c>EM-25</c>).</param>
/// <param name="Class">The code class it applies to (<see cref="CodeClass"/>).</param>
/// <param name="Modifiers">The modifiers it offers.</param>
/// <param name="Condition">When it applies to a code, over loaded rows.</param>
/// <param name="WhenToUse">When a biller uses the modifiers, in CodeBrief's own words (never AMA text).</param>
/// <param name="Basis">What the rule rests on (<see cref="RuleBasis"/>).</param>
/// <param name="Citation">The file and field, or the CMS manual chapter and section, the rule rests on.</param>
public sealed record ModifierRule(string Id, string Class, IReadOnlyList<string> Modifiers, RuleCondition Condition, string WhenToUse,
    string Basis, string Citation)
{
    /// <summary>True when the rule is an editorial reading of a CMS manual.</summary>
    public bool IsEditorial => RuleBasis.IsEditorial(Basis);

    /// <summary>The condition in words.</summary>
    public string ConditionText => Condition.Describe(Modifiers);
}

using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Rules;

/// <summary>
/// When a modifier rule applies to a code: a small closed set of conditions over loaded rows, each published in words and
/// each answering with the row it matched on (the row the brief cites), or null when it does not match.
/// </summary>
public abstract record RuleCondition
{
    /// <summary>The condition in words, for the published rule table.</summary>
    /// <param name="modifiers">The rule's modifiers (conditions that ask a PFS indicator about a modifier name its values).</param>
    public abstract string Describe(IReadOnlyList<string> modifiers);

    /// <summary>The row the condition holds on for <paramref name="modifier"/> on the subject, or null when it does not hold.</summary>
    public abstract SourceRef? Match(ModifierSubject subject, string modifier);

    /// <summary>What the subject's row holds that the condition read (<c>BILAT SURG 1 (...)</c>), or null when nothing worth quoting.</summary>
    public virtual string? Observed(ModifierSubject subject, string modifier) => null;

    /// <summary>Both conditions: the first one's row is cited.</summary>
    public RuleCondition And(RuleCondition other) => new AllOf(this, other);
}

/// <summary>The code's family, as the CodeBrief code family table (CPT ranges, HCPCS Level II categories) places it.</summary>
/// <param name="Families">Family names as <see cref="Editorial.CodeFamilies"/> writes them.</param>
public sealed record InFamily(params string[] Families) : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => $"the code family is {string.Join(" or ", Families)} (CodeBrief code family table)";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier) =>
        subject.Classification.Family is { } f && Families.Contains(f) ? subject.Classification.Source : null;
}

/// <summary>The HCPCS Level II file lists the code and the code starts with one of the letters (J drugs, E and K equipment).</summary>
/// <param name="Letters">First letters.</param>
public sealed record LevelIICategory(params char[] Letters) : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) =>
        $"the HCPCS Level II file lists the code and it is in category {string.Join(" or ", Letters)}";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier) =>
        subject.LevelII is { } l && Letters.Contains(subject.Code[0]) ? l.Source : null;
}

/// <summary>The PFS global row's GLOB DAYS is one of the values.</summary>
/// <param name="Days">GLOB DAYS values.</param>
public sealed record PfsGlobalDays(params string[] Days) : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) =>
        "PFS GLOB DAYS is " + string.Join(" or ", Days.Select(d => $"{d} ({PfsIndicators.GlobalDays(d)})"));

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier) =>
        subject.PfsGlobal is { } g && Days.Contains(g.Row.GlobalDays) ? g.Source : null;

    /// <inheritdoc />
    public override string? Observed(ModifierSubject subject, string modifier) =>
        subject?.PfsGlobal is { } g ? $"GLOB DAYS {g.Row.GlobalDays} ({g.GlobalDaysMeaning})" : null;
}

/// <summary>
/// A PFS indicator of the global row calls for the modifier, as <see cref="ModifierIndicators.Judge"/> (the one reading of the
/// indicators, shared with verify) rules: verdict <see cref="ModifierVerdict.Listed"/>.
/// </summary>
/// <param name="Field">The indicator, as the RVU layout names it (<c>BILAT SURG</c>, <c>ASST SURG</c>, <c>CO SURG</c>, <c>TEAM SURG</c>, <c>MULT PROC</c>).</param>
/// <param name="JudgeAs">The modifier whose verdict decides (LT and RT follow the verdict on 50); null for the rule's own modifier.</param>
public sealed record PfsIndicatorCalls(string Field, string? JudgeAs = null) : RuleCondition
{
    /// <summary>The indicator values the RVU layout defines.</summary>
    private static readonly string[] LayoutValues = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers)
    {
        ArgumentNullException.ThrowIfNull(modifiers);
        var judged = JudgeAs ?? modifiers[0];
        var values = ListedValues(judged);
        return $"PFS {Field} is " + string.Join(" or ", values.Select(v => $"{v} ({Meaning(v)})"));
    }

    /// <summary>The indicator values for which the judged modifier is listed.</summary>
    public IReadOnlyList<string> ListedValues(string judged) =>
        LayoutValues.Where(v => ModifierIndicators.Judge(judged, With(v)) == ModifierVerdict.Listed).ToList();

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.PfsGlobal is not { } g) return null;
        var values = ModifierIndicators.Of(g.Row);
        return Value(values) is { } v && ModifierIndicators.Judge(JudgeAs ?? modifier, With(v)) == ModifierVerdict.Listed ? g.Source : null;
    }

    /// <inheritdoc />
    public override string? Observed(ModifierSubject subject, string modifier) =>
        subject?.PfsGlobal is { } g && Value(ModifierIndicators.Of(g.Row)) is { } v ? $"{Field} {v} ({Meaning(v)})" : null;

    private string? Value(ModifierIndicators.Values v) => Field switch
    {
        "BILAT SURG" => v.Bilateral,
        "ASST SURG" => v.Assistant,
        "CO SURG" => v.CoSurgeon,
        "TEAM SURG" => v.Team,
        "MULT PROC" => v.MultipleProcedure,
        _ => null,
    };

    /// <summary>Indicator values with only <see cref="Field"/> set: the other fields are blank, so only this field decides.</summary>
    private ModifierIndicators.Values With(string value) => Field switch
    {
        "BILAT SURG" => new("", "", "", value, "", "", ""),
        "ASST SURG" => new("", "", "", "", value, "", ""),
        "CO SURG" => new("", "", "", "", "", value, ""),
        "TEAM SURG" => new("", "", "", "", "", "", value),
        "MULT PROC" => new("", "", value, "", "", "", ""),
        _ => throw new InvalidOperationException($"{Field} is not an indicator the modifier rules read."),
    };

    private string Meaning(string value) => Field switch
    {
        "BILAT SURG" => PfsIndicators.Bilateral(value),
        "ASST SURG" => PfsIndicators.AssistantSurgery(value),
        "CO SURG" => PfsIndicators.CoSurgery(value),
        "TEAM SURG" => PfsIndicators.TeamSurgery(value),
        _ => PfsIndicators.MultipleProcedure(value),
    };
}

/// <summary>The PFS prices the code with the modifier on its own row (26 or TC) and that row's PC/TC indicator calls for it.</summary>
public sealed record PfsComponentRow : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) =>
        "the PFS has a row of the code with the modifier and its PC/TC indicator splits the service (1 or 6)";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var row = subject.Pfs.FirstOrDefault(e => e.Modifier == modifier);
        return row is not null && ModifierIndicators.Judge(modifier, ModifierIndicators.Of(row.Row)) == ModifierVerdict.Listed ? row.Source : null;
    }

    /// <inheritdoc />
    public override string? Observed(ModifierSubject subject, string modifier) =>
        subject?.Pfs.FirstOrDefault(e => e.Modifier == modifier) is { } row
            ? $"PFS row {row.Row.Code}-{modifier} exists with PC/TC indicator {row.Row.PctcIndicator} ({row.PctcMeaning})" : null;
}

/// <summary>The code is not an add-on code (no active NCCI add-on edit lists it as the add-on; PFS GLOB DAYS is not ZZZ).</summary>
public sealed record NotAddOn : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => "the code is not an add-on code (NCCI add-on edits; PFS GLOB DAYS ZZZ)";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.IsAddOn ? null : subject.PfsGlobal?.Source;
    }
}

/// <summary>An active NCCI PTP edit naming the code has modifier indicator 1 (a modifier may bypass it).</summary>
public sealed record PtpBypassable : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => "an active NCCI PTP edit naming the code has modifier indicator 1";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Ptp.FirstOrDefault(p => p.ModifierIndicator == "1" && p.DeletionDate is null)?.Source;
    }
}

/// <summary>The code is on the CLFS.</summary>
public sealed record OnClfs : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => "the code is on the Clinical Laboratory Fee Schedule";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return (subject.Clfs.FirstOrDefault(c => c.Modifier.Length == 0) ?? subject.Clfs.FirstOrDefault())?.Source;
    }
}

/// <summary>The CLFS lists the code with the modifier (QW: a CLIA-waived version of the test).</summary>
public sealed record ClfsWithModifier : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => "the CLFS lists the code with the modifier";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Clfs.FirstOrDefault(c => c.Modifier == modifier)?.Source;
    }
}

/// <summary>The DMEPOS fee schedule prices the code with the modifier (its modifier column).</summary>
public sealed record DmeposPricedWith : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => "the DMEPOS fee schedule prices the code with the modifier";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Dmepos.FirstOrDefault(d => d.Modifier == modifier)?.Source;
    }
}

/// <summary>The DMEPOS fee schedule puts the code in the capped rental payment category.</summary>
public sealed record DmeposCappedRental : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => "the DMEPOS fee schedule's payment category of the code is capped rental";

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Dmepos.FirstOrDefault(d => d.IsCappedRental)?.Source;
    }
}

/// <summary>Every one of the conditions holds; the first one's row is cited.</summary>
/// <param name="Conditions">The conditions.</param>
public sealed record AllOf(params RuleCondition[] Conditions) : RuleCondition
{
    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) => string.Join("; and ", Conditions.Select(c => c.Describe(modifiers)));

    /// <inheritdoc />
    public override string? Observed(ModifierSubject subject, string modifier) =>
        Conditions.Select(c => c.Observed(subject, modifier)).FirstOrDefault(o => o is not null);

    /// <inheritdoc />
    public override SourceRef? Match(ModifierSubject subject, string modifier)
    {
        SourceRef? first = null;
        foreach (var c in Conditions)
        {
            if (c.Match(subject, modifier) is not { } row) return null;
            first ??= row;
        }
        return first;
    }
}

namespace CodeBrief.Dossier.Rules;

/// <summary>
/// The DME rows of the modifier rule table. NU, RR and UE follow the DMEPOS fee schedule's modifier column (the item is priced
/// new, rented or used); KH, KI and KJ mark the months of a capped rental, the DMEPOS payment category; KX applies to any
/// Level II equipment code whose medical policy sets documentation requirements.
/// </summary>
/// <remarks>When no DMEPOS fee schedule is loaded at all, the NU/RR/UE and KH-KJ conditions fall back to the HCPCS Level II
/// equipment categories (E and K), and say so; with one loaded, a code it does not price gets none of them.</remarks>
internal static class DmeRules
{
    private const string Pub = "Medicare Claims Processing Manual (Pub. 100-04)";
    private const string ModifierFile = "HCPCS Level II modifier file, the modifier's row";

    /// <summary>The DME rows, in table order.</summary>
    public static readonly IReadOnlyList<ModifierRule> Rules =
    [
        new("DME-NU", CodeClass.Dme, ["NU"], new DmeposOrEquipment(new DmeposPricedWith()),
            "The item was bought new; use when the DMEPOS fee schedule prices the code for purchase of new equipment.",
            RuleBasis.DmeposModifier, $"DMEPOS fee schedule, the code's row with modifier NU; {ModifierFile}; {Pub}, chapter 20, section 30"),
        new("DME-RR", CodeClass.Dme, ["RR"], new DmeposOrEquipment(new DmeposPricedWith()),
            "The item is rented; each rental month is a claim line, as the DMEPOS fee schedule prices the rental.",
            RuleBasis.DmeposModifier, $"DMEPOS fee schedule, the code's row with modifier RR; {ModifierFile}; {Pub}, chapter 20, section 30"),
        new("DME-UE", CodeClass.Dme, ["UE"], new DmeposOrEquipment(new DmeposPricedWith()),
            "The item was bought used; use when the DMEPOS fee schedule prices the code for purchase of used equipment.",
            RuleBasis.DmeposModifier, $"DMEPOS fee schedule, the code's row with modifier UE; {ModifierFile}; {Pub}, chapter 20, section 30"),
        new("DME-KHKJ", CodeClass.Dme, ["KH", "KI", "KJ"], new DmeposOrEquipment(new DmeposCappedRental()),
            "Months of a capped rental: KH for the first month, KI for the second and third, KJ for months four to fifteen.",
            RuleBasis.DmeposModifier, $"DMEPOS fee schedule payment category (capped rental); {ModifierFile}; {Pub}, chapter 20, section 30.5"),
        new("DME-KX", CodeClass.Dme, ["KX"], new LevelIICategory('E', 'K'),
            "The documentation the item's medical policy requires is met and on file.",
            RuleBasis.HcpcsModifierFile, ModifierFile),
    ];
}

/// <summary>
/// A DMEPOS condition when a DMEPOS fee schedule is loaded; without one, the HCPCS Level II equipment categories (E and K)
/// instead, so DME briefs keep their modifiers in a warehouse without the DMEPOS files.
/// </summary>
/// <param name="Dmepos">The condition over DMEPOS rows.</param>
public sealed record DmeposOrEquipment(RuleCondition Dmepos) : RuleCondition
{
    private static readonly LevelIICategory Equipment = new('E', 'K');

    /// <inheritdoc />
    public override string Describe(IReadOnlyList<string> modifiers) =>
        $"{Dmepos.Describe(modifiers)}; where no DMEPOS fee schedule is loaded, {Equipment.Describe(modifiers)}";

    /// <inheritdoc />
    public override Core.Provenance.SourceRef? Match(ModifierSubject subject, string modifier)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.DmeposLoaded ? Dmepos.Match(subject, modifier) : Equipment.Match(subject, modifier);
    }
}

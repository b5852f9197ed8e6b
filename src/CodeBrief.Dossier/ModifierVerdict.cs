namespace CodeBrief.Dossier;

/// <summary>What a PFS indicator says about one modifier on one code (see <see cref="ModifierIndicators"/>).</summary>
public enum ModifierVerdict
{
    /// <summary>The indicator calls for the modifier: the dossier lists it and verify accepts it.</summary>
    Listed,

    /// <summary>The indicator allows the modifier without calling for it (for instance 51 under a diagnostic-imaging reduction): verify accepts it, the dossier does not list it.</summary>
    Accepted,

    /// <summary>The indicator restricts the modifier (payment restricted, or the adjustment does not apply): verify warns.</summary>
    Restricted,

    /// <summary>The indicator says the modifier's concept does not apply to the code: verify reports an error.</summary>
    NotApplicable,
}

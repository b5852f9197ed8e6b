namespace CodeBrief.Warehouse;

/// <summary>How often a modifier appears as a payment modifier in the loaded fee schedules.</summary>
/// <param name="PfsRows">PFS RVU rows with the modifier.</param>
/// <param name="ClfsRows">CLFS rows with the modifier.</param>
public readonly record struct ModifierUse(long PfsRows, long ClfsRows)
{
    /// <summary>True when either fee schedule uses the modifier.</summary>
    public bool Any => PfsRows + ClfsRows > 0;
}

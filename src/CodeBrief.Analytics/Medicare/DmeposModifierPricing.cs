using System.Text.Json.Serialization;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>The DMEPOS fee schedule amounts of one line of the file: one code and payment modifier combination.</summary>
/// <param name="Code">HCPCS code.</param>
/// <param name="Modifier">First payment modifier (<c>RR</c>, <c>NU</c>, <c>UE</c>…), or "" for a row without one.</param>
/// <param name="Modifier2">Second modifier (<c>KU</c>…), or "".</param>
/// <param name="Category">Payment category as published (<c>CR</c>).</param>
/// <param name="CategoryMeaning">The category in words (<see cref="DmeposPricing.Category"/>).</param>
/// <param name="Jurisdiction"><c>JURIS</c> as published.</param>
/// <param name="JurisdictionMeaning">The jurisdiction in words.</param>
/// <param name="Ceiling">National ceiling, or null where the file uses none (0).</param>
/// <param name="Floor">National floor, or null where the file uses none (0).</param>
/// <param name="States">Each state's fees, alphabetical by state.</param>
/// <param name="NonRuralRange">Range of the non-rural fees across states; null when no state has one.</param>
/// <param name="RuralRange">Range of the rural fees across states; null when no state has one.</param>
/// <param name="Description">The file's short descriptor, or null.</param>
/// <param name="Source">The line every figure of this entry comes from.</param>
public sealed record DmeposModifierPricing(
    string Code,
    string Modifier,
    string Modifier2,
    string Category,
    string CategoryMeaning,
    string Jurisdiction,
    string JurisdictionMeaning,
    Money? Ceiling,
    Money? Floor,
    IReadOnlyList<DmeposStateFee> States,
    DmeposFeeRange? NonRuralRange,
    DmeposFeeRange? RuralRange,
    string? Description,
    SourceRef Source)
{
    /// <summary>The modifiers of the row as billed (<c>RR</c>, <c>NU-KU</c>), or "" when it has none.</summary>
    [JsonIgnore]
    public string Modifiers => Join(Modifier, Modifier2);

    /// <summary>A row's two payment modifiers as one label (<c>RR</c>, <c>RR-KU</c>); empty when the row has none.</summary>
    public static string Join(string modifier, string modifier2) =>
        modifier2.Length == 0 ? modifier : modifier.Length == 0 ? modifier2 : $"{modifier}-{modifier2}";

    /// <summary>
    /// The fee of <paramref name="state"/>, rural or not (the rural ZIP file says which), with a note when there is none:
    /// the state is not in the file, or its column is 0 (no fee; for rural, an item without a rural fee).
    /// </summary>
    public DmeposFeeLookup FeeFor(string state, bool rural)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = state.Trim().ToUpperInvariant();
        var column = $"{key} ({(rural ? "R" : "NR")})";
        if (States.FirstOrDefault(s => s.State == key) is not { } fees)
            return new DmeposFeeLookup(key, rural, null, Source, $"the DMEPOS fee schedule has no fee columns for {key}");
        var fee = rural ? fees.Rural : fees.NonRural;
        return fee is { } amount
            ? new DmeposFeeLookup(key, rural, amount, Source, null)
            : new DmeposFeeLookup(key, rural, null, Source,
                rural ? $"no rural fee: the {column} column of this row is 0" : $"no fee: the {column} column of this row is 0");
    }
}

/// <summary>One state's fees of a DMEPOS row.</summary>
/// <param name="State">Two-letter jurisdiction.</param>
/// <param name="NonRural">Non-rural fee, or null when the file gives none (0).</param>
/// <param name="Rural">Rural fee, or null when the file gives none (0).</param>
public sealed record DmeposStateFee(string State, Money? NonRural, Money? Rural);

/// <summary>The lowest and highest fee of one setting across states.</summary>
/// <param name="Min">Lowest fee.</param>
/// <param name="MinState">The state with it (first alphabetically on a tie).</param>
/// <param name="Max">Highest fee.</param>
/// <param name="MaxState">The state with it (first alphabetically on a tie).</param>
/// <param name="States">How many states have a fee in this setting.</param>
public sealed record DmeposFeeRange(Money Min, string MinState, Money Max, string MaxState, int States);

/// <summary>The fee of one state and setting (<see cref="DmeposModifierPricing.FeeFor"/>).</summary>
/// <param name="State">Two-letter state asked for.</param>
/// <param name="Rural">True for the rural fee.</param>
/// <param name="Fee">The fee, or null when the file gives none.</param>
/// <param name="Source">The row the fee (or its absence) comes from.</param>
/// <param name="Note">Why there is no fee, or null when there is one.</param>
public sealed record DmeposFeeLookup(string State, bool Rural, Money? Fee, SourceRef Source, string? Note);

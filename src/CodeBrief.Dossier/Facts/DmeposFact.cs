using CodeBrief.Analytics.Medicare;
using System.Text.Json.Serialization;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>
/// The Medicare DMEPOS fee schedule amounts of a code: one priced entry per payment modifier row of the loaded (current)
/// fee schedule, in the warehouse's order (modifier, second modifier).
/// </summary>
/// <param name="Rows">The priced modifier rows (<see cref="DmeposPricing.Price"/>), each citing its file line.</param>
public sealed record DmeposFact(IReadOnlyList<DmeposModifierPricing> Rows)
{
    /// <summary>The payment modifiers the fee schedule prices the code with (<c>NU</c>, <c>RR</c>, <c>UE</c>, <c>KU</c>…), each
    /// once, in row order; first and second modifiers alike.</summary>
    public IReadOnlyList<string> PaymentModifiers =>
        Rows.SelectMany(r => new[] { r.Modifier, r.Modifier2 }).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The rows whose first or second modifier is <paramref name="modifier"/>.</summary>
    public IReadOnlyList<DmeposModifierPricing> RowsWith(string modifier) =>
        Rows.Where(r => r.Modifier == modifier || r.Modifier2 == modifier).ToList();

    /// <summary>Every file line the fact uses (left out of JSON: each row carries its own).</summary>
    [JsonIgnore]
    public IEnumerable<SourceRef> Sources => Rows.Select(r => r.Source);
}

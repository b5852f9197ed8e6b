using System.Text.Json.Serialization;

namespace CodeBrief.Sources.Payers;

/// <summary>A payer (an insurer, a Blue Cross Blue Shield plan, an administrator) and where its price-transparency files start.</summary>
/// <param name="Name">The name <c>--payer</c> matches.</param>
/// <param name="Family">A grouping: <c>Blue Cross Blue Shield</c> for the Blue plans, <c>national</c>, <c>regional</c>.</param>
/// <param name="Aliases">Other names it is known by (legal names, brands); <c>--payer</c> matches these too.</param>
/// <param name="EntryPoints">Its table-of-contents files, patterns or pages.</param>
public sealed record Payer(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("family")] string? Family,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("entry_points")] IReadOnlyList<PayerEntryPoint> EntryPoints)
{
    /// <summary>True when <paramref name="text"/> is its name or an alias (case-insensitive).</summary>
    public bool IsNamed(string text) =>
        Name.Equals(text, StringComparison.OrdinalIgnoreCase) || (Aliases ?? []).Any(a => a.Equals(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when its name or an alias contains <paramref name="text"/> (case-insensitive).</summary>
    public bool Mentions(string text) =>
        Name.Contains(text, StringComparison.OrdinalIgnoreCase) || (Aliases ?? []).Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase));
}

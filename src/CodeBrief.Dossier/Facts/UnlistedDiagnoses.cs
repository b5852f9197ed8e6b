using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>
/// Diagnoses that loaded articles or crosswalks relate to the code but the loaded ICD-10-CM file lacks (categories such as
/// <c>E11</c>, deleted codes, or no ICD-10-CM file loaded). Only counted: a code the code set does not confirm is never listed.
/// </summary>
/// <param name="Count">How many distinct codes were left out.</param>
/// <param name="Sources">The article or crosswalk rows that named them.</param>
public sealed record UnlistedDiagnoses(int Count, IReadOnlyList<SourceRef> Sources)
{
    /// <summary>The codes left out as the articles or crosswalk print them (<c>E78.00</c>), so a brief can name them as not in
    /// the code set rather than drop them silently.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>Nothing left out.</summary>
    public static UnlistedDiagnoses None { get; } = new(0, []);
}

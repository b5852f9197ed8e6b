using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Facts;

/// <summary>A code related to the brief's code by evidence in a loaded file, with why, how strongly and where from.</summary>
/// <param name="Code">The related code.</param>
/// <param name="Descriptor">Its descriptor from a loaded file, or the not-available text.</param>
/// <param name="Relationship">The relationship in words (add-on of, primary of, PTP column 1/2 with modifier indicator, component, twin, family).</param>
/// <param name="Source">The row that establishes the relationship.</param>
/// <param name="DescriptorSource">The row the descriptor came from; null when none.</param>
/// <param name="Kind">The evidence kind (<see cref="RelatedKinds"/>).</param>
/// <param name="Strength"><c>NCCI edit</c> (a CMS edit pairs the codes), <c>strong</c> (component family, twin) or <c>moderate</c> (a scored descriptor family).</param>
/// <param name="Basis">The file and fields the relationship rests on, in words.</param>
/// <param name="Score">The descriptor-family score; null for other kinds.</param>
/// <param name="Threshold">The threshold the score met; null for other kinds.</param>
/// <param name="Status">The related code's PFS status when Medicare does not pay it from RVUs (I, B, N, X...); null when payable or not in the PFS.</param>
/// <param name="StatusMeaning">That status in the RVU layout's words; null with <paramref name="Status"/>.</param>
/// <param name="StatusSource">The PFS row of the status; null with <paramref name="Status"/>.</param>
/// <param name="Note">A caveat, for instance that the code is not in the loaded code sets; null when none.</param>
public sealed record RelatedCode(string Code, string Descriptor, string Relationship, SourceRef Source, SourceRef? DescriptorSource,
    string Kind = "", string Strength = "", string Basis = "", decimal? Score = null, decimal? Threshold = null, string? Status = null,
    string? StatusMeaning = null, SourceRef? StatusSource = null, string? Note = null);

/// <summary>The kinds of evidence that relate two codes.</summary>
public static class RelatedKinds
{
    /// <summary>NCCI add-on code edit: the related code is the add-on's primary, or an add-on of this primary.</summary>
    public const string AddOn = "ncci-add-on";

    /// <summary>NCCI procedure-to-procedure edit.</summary>
    public const string Ptp = "ncci-ptp";

    /// <summary>Global test and its professional-only and technical-only codes (PFS PC/TC indicators 2-5, same descriptor stem).</summary>
    public const string Component = "component-family";

    /// <summary>The same service with and without a named part (descriptors differ by "with" and "without" only).</summary>
    public const string Twin = "with-without-twin";

    /// <summary>A shared descriptor stem in the PFS, CLFS short or HCPCS descriptors, scored.</summary>
    public const string DescriptorFamily = "descriptor-family";

    /// <summary>A shared stem of the CLFS plain-language test descriptors, scored.</summary>
    public const string ClfsFamily = "clfs-test-family";
}

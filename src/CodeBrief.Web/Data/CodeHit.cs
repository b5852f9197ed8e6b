namespace CodeBrief.Web.Data;

/// <summary>A code found by search, with the descriptor shown for it and the file that descriptor came from.</summary>
/// <param name="Code">The CPT/HCPCS code.</param>
/// <param name="Descriptor">The descriptor text as loaded.</param>
/// <param name="Source">Source label: file (version), row.</param>
public sealed record CodeHit(string Code, string Descriptor, string Source);

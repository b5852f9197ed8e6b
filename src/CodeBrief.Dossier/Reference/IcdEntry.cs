using CodeBrief.Core.Provenance;

namespace CodeBrief.Dossier.Reference;

/// <summary>An ICD-10-CM code's entry in the loaded code file.</summary>
/// <param name="Code">The code with its dot.</param>
/// <param name="Description">Long description.</param>
/// <param name="Billable">Valid for claims.</param>
/// <param name="Source">The file row.</param>
public sealed record IcdEntry(string Code, string Description, bool Billable, SourceRef Source);

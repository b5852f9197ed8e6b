using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Icd10cm;

/// <summary>One ICD-10-CM code of the CDC order or codes file.</summary>
/// <param name="Code">The code without its dot, upper case (<c>E119</c>).</param>
/// <param name="Description">Long description.</param>
/// <param name="Billable">True for a valid (billable) code; false for a header such as a category.</param>
/// <param name="Source">The file row.</param>
public sealed record IcdRow(string Code, string Description, bool Billable, SourceRef Source);

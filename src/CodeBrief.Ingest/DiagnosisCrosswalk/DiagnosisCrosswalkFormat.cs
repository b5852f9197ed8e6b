using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.DiagnosisCrosswalk;

/// <summary>
/// A user-supplied crosswalk from CPT/HCPCS codes to related ICD-10-CM diagnoses (<c>code,icd10_code[,note]</c>), for
/// when no Medicare Coverage Database article covers a code. Every diagnosis is still checked against the loaded
/// ICD-10-CM code set before a brief shows it.
/// </summary>
/// <remarks>Recognised by its exact first line. Stateless and thread safe.</remarks>
public sealed class DiagnosisCrosswalkFormat : IReferenceFormat<DiagnosisCrosswalkRow>
{
    /// <inheritdoc />
    public string Dataset => "diagnosis-crosswalk";

    /// <inheritdoc />
    public string Publisher => "user";

    /// <inheritdoc />
    public bool Recognises(string path) =>
        CsvFile.HasHeader(path, DiagnosisCrosswalkReader.HeaderSearchLines, DiagnosisCrosswalkReader.IsHeader);

    /// <inheritdoc />
    /// <remarks>A date or year in the file name, else <c>unversioned</c>.</remarks>
    public string ReadVersion(string path) => DiagnosisCrosswalkReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<DiagnosisCrosswalkRow>> Read(string path, CancellationToken cancellationToken) =>
        DiagnosisCrosswalkReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}

using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.DiagnosisCrosswalk;

/// <summary>
/// Reads a user-supplied procedure-to-diagnosis crosswalk: header <c>code,icd10_code</c> or <c>code,icd10_code,note</c>,
/// then one CPT/HCPCS code and one ICD-10-CM code (with or without its dot) per row.
/// </summary>
internal static partial class DiagnosisCrosswalkReader
{
    /// <summary>The header must be the first line: a user file has no preamble.</summary>
    public const int HeaderSearchLines = 1;

    /// <summary>True for <c>code,icd10_code</c> with an optional <c>note</c> column and nothing else.</summary>
    public static bool IsHeader(CsvRecord record) =>
        record.Count is 2 or 3 && CsvFile.FieldIs(record, 0, "code") && CsvFile.FieldIs(record, 1, "icd10_code")
        && (record.Count == 2 || CsvFile.FieldIs(record, 2, "note"));

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<DiagnosisCrosswalkRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, "code,icd10_code[,note]");
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        static DiagnosisCrosswalkRow Parse(CsvRecord r, RowParser p)
        {
            var code = p.Code(0);
            string? icd = null;
            if (IcdCode.TryParse(r.Fields[1], out var parsed)) icd = parsed.Value;
            else p.Fail(r.Trimmed(1).Length == 0 ? InputErrorKind.MissingField : InputErrorKind.MalformedValue,
                "expected an ICD-10-CM code such as E11.9", r.Starts[1], r.Ends[1], r.Fields[1]);
            return new DiagnosisCrosswalkRow(code ?? "", icd ?? "", r.Count > 2 ? p.Text(2) : null, p.Source);
        }
    }

    /// <summary>A date or year in the file name, else <c>unversioned</c>: a user file has no publisher's version.</summary>
    public static string ReadVersion(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return DateOrYear().Match(name) is { Success: true } m ? m.Value : "unversioned";
    }

    [GeneratedRegex(@"(?<!\d)20\d{2}(?:-\d{2}-\d{2})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DateOrYear();
}

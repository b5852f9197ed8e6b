using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.SpecialtyTaxonomy;

/// <summary>
/// Reads the CMS "Medicare Provider and Supplier Taxonomy Crosswalk": Medicare specialty code and provider/supplier type
/// beside each NUCC taxonomy code that maps to it.
/// </summary>
/// <remarks>
/// Quirks of the published file handled here: a specialty with several taxonomy codes lists its code and description
/// on the first row only, and the rows below leave both blank (continuation rows, which inherit them); specialty codes
/// are two characters (<c>01</c>, <c>A0</c>, <c>C3</c>), and a spreadsheet round trip turns <c>01</c> into <c>1</c>, which is
/// padded back; descriptions carry trailing spaces; footnote markers (<c>87[3]</c>, <c>Indian Health Service facility[13]</c>)
/// are stripped from every value, and the footnotes themselves (prose rows below the data) are skipped. A row with a
/// description but no specialty code is a provider/supplier type that has no Medicare specialty code, and keeps a null code.
/// The crosswalk is many-to-many: a specialty has one row per taxonomy code, and a taxonomy code may sit under several specialties.
/// </remarks>
internal static partial class SpecialtyTaxonomyReader
{
    /// <summary>How far down the header may sit.</summary>
    public const int HeaderSearchLines = 5;

    private const string CodeName = "MEDICARE SPECIALTY CODE";
    private const string TypeName = "MEDICARE PROVIDER/SUPPLIER TYPE DESCRIPTION";
    private const string TaxonomyName = "PROVIDER TAXONOMY CODE";
    private const string TaxonomyDescriptionPrefix = "PROVIDER TAXONOMY DESCRIPTION";

    /// <summary>True for the header row.</summary>
    public static bool IsHeader(CsvRecord record) =>
        CsvHeader.Contains(record, CodeName, TypeName, TaxonomyName) && DescriptionColumn(record) >= 0;

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<SpecialtyTaxonomyRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var record = CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader,
            $"{CodeName},{TypeName},{TaxonomyName},{TaxonomyDescriptionPrefix}: TYPE, CLASSIFICATION, SPECIALIZATION");
        var header = new CsvHeader(record);
        int[] at = [header.Require(reader.File, CodeName), header.Require(reader.File, TypeName),
            header.Require(reader.File, TaxonomyName), DescriptionColumn(record)];
        string? lastCode = null, lastType = null;
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        SpecialtyTaxonomyRow Parse(CsvRecord r, RowParser p)
        {
            var code = SpecialtyCode(r, p, at[0]);
            var type = WithoutFootnote(p.Text(at[1]));
            if (code is null && type is null)
            {
                // A continuation row: the specialty above continues with another taxonomy code.
                code = lastCode;
                type = lastType;
                if (type is null)
                    p.Fail(InputErrorKind.MissingField, "expected a Medicare specialty code or provider/supplier type, " +
                        "but the row is a continuation with no specialty above it", r.Starts[at[0]], r.Ends[at[0]], null);
            }
            else
            {
                lastCode = code;
                lastType = type;
            }
            string? taxonomy = null;
            var rawTaxonomy = WithoutFootnote(r.Trimmed(at[2])) ?? "";
            if (rawTaxonomy.Length > 0)
            {
                if (TaxonomyCode.TryParse(rawTaxonomy, out var parsed)) taxonomy = parsed.Value;
                else p.Fail(InputErrorKind.MalformedValue, "expected a ten-character NUCC taxonomy code such as 207R00000X",
                    r.Starts[at[2]], r.Ends[at[2]], r.Fields[at[2]]);
            }
            return new SpecialtyTaxonomyRow(code, type, taxonomy, WithoutFootnote(p.Text(at[3])), p.Source);
        }
    }

    /// <summary>The publisher's version: a year or date in the file name (<c>…Crosswalk_2024.csv</c>).</summary>
    public static string ReadVersion(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (DateName().Match(name) is { Success: true } date) return date.Value;
        if (YearName().Match(name) is { Success: true } year) return year.Value;
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.MissingField,
            "the file name carries no year or date to version the crosswalk by",
            fix: "Add the release date to the file name (Taxonomy_Crosswalk_2024-12-10.csv) or give it with --version.");
    }

    private static string? SpecialtyCode(CsvRecord record, RowParser p, int index)
    {
        var s = (WithoutFootnote(record.Trimmed(index)) ?? "").ToUpperInvariant();
        if (s.Length == 0) return null;
        if (s.Length == 1 && char.IsAsciiDigit(s[0])) return "0" + s;
        if (s.Length == 2 && char.IsAsciiLetterOrDigit(s[0]) && char.IsAsciiLetterOrDigit(s[1])) return s;
        p.Fail(InputErrorKind.MalformedValue, "expected a two-character Medicare specialty code such as 01 or A0",
            record.Starts[index], record.Ends[index], record.Fields[index]);
        return null;
    }

    /// <summary>The taxonomy description column, whose published name has a colon, two spaces and commas in it.</summary>
    private static int DescriptionColumn(CsvRecord record)
    {
        var prefix = CsvFile.Squeeze(TaxonomyDescriptionPrefix);
        for (var i = 0; i < record.Count; i++)
            if (CsvFile.Squeeze(record.Fields[i]).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>The value without its footnote markers (<c>[3]</c>) and surrounding spaces; null when nothing is left.</summary>
    internal static string? WithoutFootnote(string? value)
    {
        if (value is null) return null;
        var stripped = FootnoteMarker().Replace(value, "").Trim();
        return stripped.Length == 0 ? null : stripped;
    }

    [GeneratedRegex(@"\[\d{1,2}\]", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"(?<!\d)20\d{2}-\d{2}-\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DateName();

    [GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearName();
}

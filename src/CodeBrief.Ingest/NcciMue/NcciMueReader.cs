using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.NcciMue;

/// <summary>
/// Streams a CMS MUE table CSV: a copyright preamble (often one quoted multi-line cell), the header
/// <c>HCPCS/CPT Code, {Setting} Services MUE Values, MUE Adjudication Indicator, MUE Rationale</c>, then one code per record.
/// </summary>
/// <remarks><see cref="RowResult{TRow}.Row"/> is the physical line a record starts on. The adjudication indicator cell reads
/// <c>2 Date of Service Edit: Policy</c>; only its digit (1 line edit, 2 date of service policy, 3 date of service clinical)
/// is stored, the text being fixed per digit.</remarks>
public static class NcciMueReader
{
    /// <summary>Records searched for the header before the file is judged not to be an MUE table.</summary>
    public const int HeaderSearchRecords = 20;

    /// <summary>Streams the rows of <paramref name="path"/>; each row's source is <paramref name="origin"/> at its line.</summary>
    public static IEnumerable<RowResult<MueRow>> Read(string path, SourceRef origin, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        using var csv = new ReferenceCsv(path);
        var valuesHeader = FindHeader(csv)
            ?? throw new InputFormatException(file, InputErrorKind.BadHeader,
                "Expected the header HCPCS/CPT Code, … Services MUE Values, MUE Adjudication Indicator, MUE Rationale within the first records",
                new InputLocation(Line: csv.StartLine), fix: "Load the MUE .csv table as CMS publishes it.");
        var setting = SettingFromText(valuesHeader) ?? SettingFromText(Path.GetFileNameWithoutExtension(path))
            ?? throw new InputFormatException(file, InputErrorKind.BadHeader,
                "Expected the MUE values column to name its setting (Practitioner, Outpatient Hospital or DME Supplier Services)",
                new InputLocation(Line: csv.StartLine, ColumnStart: 2), found: InputFormatException.Quote(valuesHeader));
        var any = false;
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsBlank(csv)) continue;
            any = true;
            yield return ParseRecord(file, csv, setting, origin);
        }
        if (!any)
            throw new InputFormatException(file, InputErrorKind.Truncated, "Expected MUE rows after the header, but the file ends",
                new InputLocation(Line: csv.StartLine));
    }

    /// <summary>Reads records up to and including the header; returns its second column's text (which names the setting), or null.</summary>
    internal static string? FindHeader(ReferenceCsv csv)
    {
        for (var i = 0; i < HeaderSearchRecords && csv.Read(); i++)
        {
            if (csv.Count < 4) continue;
            var first = Squeeze(csv[0]);
            var second = csv[1]?.Trim() ?? "";
            if (first.Equals("HCPCS/CPTCode", StringComparison.OrdinalIgnoreCase)
                && second.EndsWith("MUE Values", StringComparison.OrdinalIgnoreCase)
                && Squeeze(csv[2]).Contains("AdjudicationIndicator", StringComparison.OrdinalIgnoreCase))
                return second;
        }
        return null;
    }

    /// <summary><c>practitioner</c>, <c>hospital</c> or <c>dme</c> named in a header cell or file name, or null.</summary>
    public static string? SettingFromText(string text)
    {
        if (text.Contains("Practitioner", StringComparison.OrdinalIgnoreCase)) return "practitioner";
        if (text.Contains("Hospital", StringComparison.OrdinalIgnoreCase) || text.Contains("Facility", StringComparison.OrdinalIgnoreCase))
            return "hospital";
        if (text.Contains("DME", StringComparison.OrdinalIgnoreCase)) return "dme";
        return null;
    }

    private static RowResult<MueRow> ParseRecord(string file, ReferenceCsv csv, string setting, SourceRef origin)
    {
        var line = csv.StartLine;
        if (csv.BadData)
            return Reject(file, InputErrorKind.MalformedValue, "Expected RFC 4180 quoting (a quote only inside a quoted field, doubled)", line, null, null);
        // CMS's preamble may be Windows-1252 and is skipped; a record with a bad byte is rejected, not fatal.
        if (csv.BadEncoding() is { } badEncoding) return RowResult<MueRow>.Rejected(line, badEncoding);
        if (csv.Count < 3)
            return Reject(file, InputErrorKind.MissingField, $"Expected at least 3 fields, but the record has {csv.Count}", line, null, null);
        var codeText = csv[0]?.Trim() ?? "";
        if (!HcpcsCode.TryParse(codeText, out var code))
            return Reject(file, InputErrorKind.MalformedValue, "Expected a CPT or HCPCS code in field 1", line, 1, codeText);
        var valueText = csv[1]?.Trim() ?? "";
        if (!int.TryParse(valueText, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return Reject(file, InputErrorKind.MalformedValue, "Expected a whole number of units in field 2", line, 2, valueText);
        var indicator = csv[2]?.Trim() ?? "";
        if (indicator.Length == 0 || indicator[0] is not ('1' or '2' or '3') || (indicator.Length > 1 && indicator[1] != ' '))
            return Reject(file, InputErrorKind.MalformedValue, "Expected an adjudication indicator starting 1, 2 or 3 in field 3", line, 3, indicator);
        return RowResult<MueRow>.Ok(line,
            new MueRow(code.Value, setting, value, indicator[..1], ReferenceFile.NullIfBlank(csv[3]), origin with { Row = line }));
    }

    private static bool IsBlank(ReferenceCsv csv)
    {
        for (var i = 0; i < csv.Count; i++)
            if (!string.IsNullOrWhiteSpace(csv[i])) return false;
        return true;
    }

    private static string Squeeze(string? text)
    {
        if (text is null) return "";
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) chars.Append(c);
        return chars.ToString();
    }

    private static RowResult<MueRow> Reject(string file, InputErrorKind kind, string problem, long line, int? field, string? found) =>
        RowResult<MueRow>.Rejected(line, new InputFormatException(file, kind, problem,
            // CsvHelper gives no character offsets; only field 1 has a known column (1). The problem names the field.
            new InputLocation(Line: line, ColumnStart: field == 1 ? 1 : null),
            found: found is null ? null : InputFormatException.Quote(found)));
}

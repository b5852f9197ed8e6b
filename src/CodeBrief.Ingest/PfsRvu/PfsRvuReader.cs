using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsRvu;

/// <summary>
/// Reads <c>PPRRVU*.csv</c>: five preamble lines, a header stacked over five lines (each column's name is the
/// concatenation of its five cells), then 31-column data rows.
/// </summary>
internal static partial class PfsRvuReader
{
    /// <summary>How far down the last header line may sit (line 10 in CMS files).</summary>
    public const int HeaderSearchLines = 20;

    private const int HeaderDepth = 5;

    // The 31 column names as the stacked header spells them, white space removed (see RVU25D.pdf).
    private static readonly string[] HeaderNames =
    [
        "HCPCS", "MOD", "DESCRIPTION", "STATUSCODE", "NOTUSEDFORMEDICAREPAYMENT", "WORKRVU", "NON-FACPERVU",
        "NON-FACNAINDICATOR", "FACILITYPERVU", "FACILITYNAINDICATOR", "MPRVU", "NON-FACILITYTOTAL", "FACILITYTOTAL",
        "PCTCIND", "GLOBDAYS", "PREOP", "INTRAOP", "POSTOP", "MULTPROC", "BILATSURG", "ASSTSURG", "CO-SURG",
        "TEAMSURG", "ENDOBASE", "CONVFACTOR", "PHYSICIANSUPERVISIONOFDIAGNOSTICPROCEDURES", "CALCULATIONFLAG",
        "DIAGNOSTICIMAGINGFAMILYINDICATOR", "NON-FACILITYPEUSEDFOROPPSPAYMENTAMOUNT",
        "FACILITYPEUSEDFOROPPSPAYMENTAMOUNT", "MPUSEDFOROPPSPAYMENTAMOUNT",
    ];

    /// <summary>True for the bottom line of the stacked header, the only one that names HCPCS, MOD and DESCRIPTION.</summary>
    public static bool IsHeaderBottom(CsvRecord record) =>
        CsvFile.StartsWith(record, "HCPCS", "MOD", "DESCRIPTION", "CODE", "PAYMENT", "RVU");

    /// <summary>Streams the data rows after checking every column name of the stacked header.</summary>
    public static IEnumerable<RowResult<PfsRvuRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        var stack = new Queue<CsvRecord>(HeaderDepth);
        CsvRecord? bottom = null, first = null;
        while (reader.LineNumber < HeaderSearchLines && reader.TryRead(out var record))
        {
            first ??= record;
            if (stack.Count == HeaderDepth) stack.Dequeue();
            stack.Enqueue(record);
            if (IsHeaderBottom(record)) { bottom = record; break; }
        }
        if (bottom is null)
            throw CsvFile.HeaderNotFound(reader.File, first, HeaderSearchLines, "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,…");
        CheckHeader(reader.File, [.. stack]);
        foreach (var row in CsvRows.Read(reader, HeaderNames.Length, origin, ParseRow, cancellationToken))
            yield return row;
    }

    /// <summary>Year and month from the file name (or the title line), with the release date from the preamble.</summary>
    public static string ReadVersion(string path)
    {
        string? release = null, title = null;
        using (var reader = CsvFile.Open(path))
        {
            while (reader.LineNumber < HeaderSearchLines && reader.TryRead(out var record))
            {
                var text = string.Join(' ', record.Fields);
                if (Released().Match(text) is { Success: true } r)
                    release = $"{r.Groups[3].Value}-{r.Groups[1].Value.PadLeft(2, '0')}-{r.Groups[2].Value.PadLeft(2, '0')}";
                if (title is null && Title().Match(text) is { Success: true } t)
                    title = t.Groups[1].Value + " " + Month(t.Groups[2].Value);
                if (IsHeaderBottom(record)) break;
            }
        }
        var name = FileName().Match(Path.GetFileNameWithoutExtension(path));
        var version = name.Success ? name.Groups[1].Value + " " + Month(name.Groups[2].Value)
            : title ?? Path.GetFileNameWithoutExtension(path);
        return release is null ? version : $"{version} (released {release})";
    }

    private static void CheckHeader(string file, CsvRecord[] lines)
    {
        var bottom = lines[^1];
        if (lines.Length < HeaderDepth)
            throw new InputFormatException(file, InputErrorKind.BadHeader,
                $"expected the column names stacked over {HeaderDepth} lines, but the header starts on line {lines[0].Line}",
                new InputLocation(Line: bottom.Line));
        for (var column = 0; column < HeaderNames.Length; column++)
        {
            var name = "";
            foreach (var line in lines) name += line.Trimmed(column);
            name = CsvFile.Squeeze(name);
            if (!string.Equals(name, HeaderNames[column], StringComparison.OrdinalIgnoreCase))
                throw new InputFormatException(file, InputErrorKind.BadHeader,
                    $"expected column {column + 1} to be named {HeaderNames[column]}",
                    new InputLocation(Line: bottom.Line, ColumnStart: column < bottom.Count ? bottom.Starts[column] : null),
                    found: InputFormatException.Quote(name), fix: "Check that the file is a PPRRVU relative value file.");
        }
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static PfsRvuRow ParseRow(CsvRecord r, RowParser p)
    {
        var code = p.Code(0) ?? "";
        var modifier = p.Modifier(1);
        var description = p.Text(2) ?? "";
        var status = p.Flag(3, 1) ?? "";
        var notUsed = p.Text(4) ?? "";
        var work = p.Number(5);
        var nfPe = p.Number(6);
        var nfNa = NotApplicable(r, p, 7);
        var fPe = p.Number(8);
        var fNa = NotApplicable(r, p, 9);
        var mp = p.Number(10);
        var nfTotal = p.Number(11);
        var fTotal = p.Number(12);
        var pctc = p.Flag(13, 1) ?? "";
        var globalDays = p.Text(14) ?? "";
        var preOp = p.Decimal(15) ?? "";
        var intraOp = p.Decimal(16) ?? "";
        var postOp = p.Decimal(17) ?? "";
        var mult = p.Flag(18, 1) ?? "";
        var bilat = p.Flag(19, 1) ?? "";
        var asst = p.Flag(20, 1) ?? "";
        var co = p.Flag(21, 1) ?? "";
        var team = p.Flag(22, 1) ?? "";
        var endo = p.Text(23) ?? "";
        var cf = p.Number(24);
        var supervision = p.Text(25) ?? "";
        var calc = p.Text(26) ?? "";
        var imaging = p.Text(27) ?? "";
        var nfOpps = p.Number(28);
        var fOpps = p.Number(29);
        var mpOpps = p.Number(30);
        return new PfsRvuRow(code, modifier, description, status, work, nfPe, nfNa, fPe, fNa, mp, nfTotal, fTotal, pctc, globalDays,
            intraOp, mult, bilat, asst, co, team, cf, p.Source)
        {
            NotUsedForMedicare = notUsed, PreOperative = preOp, PostOperative = postOp, EndoscopicBase = endo,
            PhysicianSupervision = supervision, CalculationFlag = calc, DiagnosticImagingFamily = imaging,
            NonFacilityPeOpps = nfOpps, FacilityPeOpps = fOpps, MalpracticeOppsRvu = mpOpps,
        };
    }

    /// <summary>An NA indicator: blank or <c>NA</c> (the only values of the CMS layout); anything else fails the row, since
    /// the record keeps it as a flag.</summary>
    private static bool NotApplicable(CsvRecord r, RowParser p, int index)
    {
        var text = p.Text(index);
        if (text is null) return false;
        if (text.Equals("NA", StringComparison.OrdinalIgnoreCase)) return true;
        p.Fail(InputErrorKind.MalformedValue, "expected NA or a blank NA indicator", r.Starts[index], r.Ends[index], text);
        return false;
    }

    private static string Month(string text) =>
        text.Length >= 3 ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text[..3].ToLowerInvariant()) : text;

    [GeneratedRegex(@"RELEASED\s+(\d{1,2})/(\d{1,2})/(\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Released();

    [GeneratedRegex(@"(\d{4}) National Physician Fee Schedule Relative Value File (\w+) Release", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"PPRRVU(\d{4})_([A-Za-z]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}

using System.Text.RegularExpressions;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.PfsLocality;

/// <summary>
/// Reads <c>*LOCCO.csv</c>: a title, the header, then locality rows separated by blank rows, then a footnote.
/// </summary>
/// <remarks>
/// CMS writes MAC and locality without leading zeros (<c>2102,1</c>); they are padded to the GPCI file's 5 and 2
/// digits so the two join. The state is printed only on the first row of each state, as in a merged spreadsheet
/// cell; the following rows of the group carry it forward, because that is what the layout states.
/// </remarks>
internal static partial class PfsLocalityReader
{
    /// <summary>How far down the header may sit (line 3 in CMS files).</summary>
    public const int HeaderSearchLines = 10;

    private const int ColumnCount = 5;

    /// <summary>True for the locality-counties header row (CMS spells it "Adminstrative").</summary>
    public static bool IsHeader(CsvRecord record) =>
        record.Count >= ColumnCount
        && (CsvFile.FieldIs(record, 0, "Medicare Adminstrative Contractor") || CsvFile.FieldIs(record, 0, "Medicare Administrative Contractor"))
        && CsvFile.FieldIs(record, 1, "Locality Number") && CsvFile.FieldIs(record, 2, "State")
        && CsvFile.FieldIs(record, 3, "Fee Schedule Area") && CsvFile.FieldIs(record, 4, "Counties");

    /// <summary>Streams the locality rows.</summary>
    public static IEnumerable<RowResult<PfsLocalityRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader,
            "Medicare Administrative Contractor,Locality Number,State,Fee Schedule Area,Counties");
        string? state = null;
        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        PfsLocalityRow ParseRow(CsvRecord r, RowParser p)
        {
            state = p.Text(2) ?? state;
            return new PfsLocalityRow(p.Digits(0, 5) ?? "", p.Digits(1, 2) ?? "", state, p.Text(3), p.Text(4), p.Source);
        }
        foreach (var row in CsvRows.Read(reader, ColumnCount, origin, ParseRow, cancellationToken))
            yield return row;
    }

    /// <summary>The year from the file name, else from the title line.</summary>
    public static string ReadVersion(string path)
    {
        if (FileYear().Match(Path.GetFileNameWithoutExtension(path)) is { Success: true } m) return "20" + m.Groups[1].Value;
        using var reader = CsvFile.Open(path);
        while (reader.LineNumber < HeaderSearchLines && reader.TryRead(out var record))
            if (TitleYear().Match(record.Trimmed(0)) is { Success: true } t) return t.Groups[1].Value;
        return Path.GetFileNameWithoutExtension(path);
    }

    [GeneratedRegex(@"^(\d{2})LOCCO", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileYear();

    [GeneratedRegex(@"INCLUDED IN (\d{4}) LOCALITIES", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();
}

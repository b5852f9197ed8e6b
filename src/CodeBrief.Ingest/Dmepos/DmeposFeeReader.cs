using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.Dmepos;

/// <summary>
/// Reads the DMEPOS fee schedule CSV (<c>DMEPOS26_JAN.csv</c>): optional title and note rows, the header
/// <c>HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor,AL (NR),AL (R),…,VI (R),Description</c>, then one line per code and
/// modifier combination, expanded to one <see cref="DmeposFeeRow"/> per state.
/// </summary>
/// <remarks>
/// The fee columns are found by name, so the header must hold exactly the layout's 53 jurisdictions in CMS's order, each
/// as a non-rural then a rural column: a shifted, missing or renamed state column would put one state's fees under
/// another's name, so it fails the whole file rather than any row. A line with a bad field is rejected whole (all of its
/// states), naming the line and the column.
/// </remarks>
internal static partial class DmeposFeeReader
{
    /// <summary>How far down the header may sit: CMS's own download may carry title and note rows above it.</summary>
    public const int HeaderSearchLines = 15;

    private static readonly string[] LeadNames = ["HCPCS", "Mod", "Mod2", "JURIS", "CATG", "Ceiling", "Floor"];

    /// <summary>The fee schedule's jurisdictions in the order of their column pairs (the published layout).</summary>
    public static IReadOnlyList<string> States { get; } =
    [
        "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME",
        "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY", "AK", "HI", "PR", "VI",
    ];

    private static readonly string[] LayoutNames =
        [.. LeadNames, .. States.SelectMany(s => new[] { $"{s} (NR)", $"{s} (R)" }), "Description"];

    private static readonly int DescriptionColumn = LayoutNames.Length - 1;

    /// <summary>True for a row that starts like the fee schedule header (<c>HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor</c>);
    /// whether its state columns match the layout is checked when the file is read.</summary>
    public static bool IsHeader(CsvRecord record) => CsvFile.StartsWith(record, LeadNames);

    /// <summary>Streams one row per line and state.</summary>
    public static IEnumerable<RowResult<DmeposFeeRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = CsvFile.Open(path);
        var header = CsvFile.RequireHeader(reader, HeaderSearchLines, IsHeader, "HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor,AL (NR),AL (R),…,VI (R),Description");
        RequireLayout(reader.File, header);
        foreach (var line in CsvRows.Read(reader, LayoutNames.Length, origin, ParseLine, cancellationToken))
        {
            if (line.Problem is { } problem)
            {
                yield return RowResult<DmeposFeeRow>.Rejected(line.Row, problem);
                continue;
            }
            foreach (var row in line.Value!) // a line without a problem carries its value (RowResult.Ok)
                yield return RowResult<DmeposFeeRow>.Ok(line.Row, row);
        }
    }

    /// <summary>The CMS name of the quarter's file, upper case (<c>DMEPOS26_JAN</c>; <c>DMEPOS25_APR25.csv</c> gives
    /// <c>DMEPOS25_APR</c>), so two copies of one quarter share a version.</summary>
    public static string ReadVersion(string path)
    {
        if (QuarterName().Match(Path.GetFileNameWithoutExtension(path)) is { Success: true } m)
            return $"DMEPOS{m.Groups[1].Value}_{m.Groups[2].Value.ToUpperInvariant()}";
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.MissingField,
            "the file name carries no DMEPOS quarter (such as DMEPOS26_JAN), and the file itself does not say which quarter it is",
            fix: "Rename the file as CMS published it (DMEPOS26_JAN.csv for the January 2026 quarter).");
    }

    /// <summary>The first day of the quarter's month named in the file name (<c>DMEPOS26_JAN</c> gives 2026-01-01), or null.</summary>
    public static DateOnly? ReadEffectiveDate(string path)
    {
        if (QuarterName().Match(Path.GetFileNameWithoutExtension(path)) is not { Success: true } m) return null;
        return DateTime.TryParseExact(m.Groups[2].Value, "MMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? new DateOnly(2000 + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month.Month, 1)
            : null;
    }

    private static void RequireLayout(string file, CsvRecord header)
    {
        for (var i = 0; i < LayoutNames.Length; i++)
        {
            if (CsvFile.FieldIs(header, i, LayoutNames[i])) continue;
            var found = i < header.Count ? header.Fields[i] : null;
            throw new InputFormatException(file, InputErrorKind.BadHeader,
                found is null
                    ? $"the header ends at column {header.Count}, but the DMEPOS layout has {LayoutNames.Length} columns: \"{LayoutNames[i]}\" is missing"
                    : $"column {i + 1} of the header is \"{found.Trim()}\", but the DMEPOS layout puts \"{LayoutNames[i]}\" there (a state column is missing, added or out of order)",
                new InputLocation(Line: header.Line, ColumnStart: i < header.Count ? header.Starts[i] : null,
                    ColumnEnd: i < header.Count ? header.Ends[i] : null),
                found: found is null ? null : InputFormatException.Quote(found),
                fix: "Check that the file is the one CMS released; the fees cannot be matched to states when the state columns move.");
        }
        if (header.Count > LayoutNames.Length && !string.IsNullOrWhiteSpace(header.Fields[LayoutNames.Length]))
            throw new InputFormatException(file, InputErrorKind.BadHeader,
                $"the header has a column {LayoutNames.Length + 1} (\"{header.Fields[LayoutNames.Length].Trim()}\") after Description, which the DMEPOS layout does not have",
                new InputLocation(Line: header.Line), found: InputFormatException.Quote(header.Fields[LayoutNames.Length]),
                fix: "Check that the file is the one CMS released.");
    }

    // A field that fails is null and rejects the line, which is then dropped: "" and 0 stand in for it in the rows.
    private static DmeposFeeRow[] ParseLine(CsvRecord record, RowParser p)
    {
        var code = p.Code(0) ?? "";
        var modifier = p.Modifier(1);
        var modifier2 = p.Modifier(2);
        var jurisdiction = p.Flag(3, 1) ?? "";
        var category = p.Flag(4, 2) ?? "";
        var ceiling = Fee(p, 5);
        var floor = Fee(p, 6);
        var fees = new decimal[States.Count * 2];
        for (var i = 0; i < fees.Length; i++) fees[i] = Fee(p, LeadNames.Length + i);
        var description = p.Text(DescriptionColumn);
        if (p.Problem is not null) return [];
        var rows = new DmeposFeeRow[States.Count];
        var source = p.Source;
        for (var s = 0; s < States.Count; s++)
            rows[s] = new DmeposFeeRow(code, modifier, modifier2, jurisdiction, category, ceiling, floor, States[s], fees[2 * s], fees[2 * s + 1],
                description, source);
        return rows;
    }

    private static decimal Fee(RowParser p, int index)
    {
        var value = p.Number(index);
        if (value < 0) p.Fail(InputErrorKind.MalformedValue, $"expected a fee of 0 or more in column {index + 1} ({LayoutNames[index]})", null, null, value.Value.ToString(CultureInfo.InvariantCulture));
        return value ?? 0;
    }

    [GeneratedRegex(@"DMEPOS[\s_-]*(\d{2})[\s_-]*([A-Z]{3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterName();
}

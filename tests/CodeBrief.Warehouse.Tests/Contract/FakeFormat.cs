using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tests;

/// <summary>
/// A tiny reference format for loader tests, yielding <see cref="NuccRow"/>s of which only code and grouping are set (so <c>nucc_taxonomy (code, grouping)</c>). File layout: line 1
/// <c>#version V</c> (or <c>#version V effective YYYY-MM-DD</c>), then <c>code,grouping</c> rows; a row <c>BAD</c> is rejected, a row <c>THROW</c> makes the
/// reader throw a file-level error at that line (after yielding the rows before it).
/// </summary>
public sealed class FakeFormat(string dataset = "nucc") : IReferenceFormat<NuccRow>
{
    public string Dataset { get; } = dataset;
    public string Publisher => "Test publisher";

    public bool Recognises(string path) => File.ReadLines(path).FirstOrDefault()?.StartsWith("#version ", StringComparison.Ordinal) == true;

    public string ReadVersion(string path) => VersionLine(path).Split(Effective)[0];

    public DateOnly? ReadEffectiveDate(string path) =>
        VersionLine(path).Split(Effective) is [_, var date] ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private const string Effective = " effective ";

    private static string VersionLine(string path) => File.ReadLines(path).First()["#version ".Length..];

    public IEnumerable<RowResult<NuccRow>> Read(string path, CancellationToken cancellationToken)
    {
        var line = 0L;
        var origin = new SourceRef(Dataset, Path.GetFileName(path), ReadVersion(path), 0);
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1) continue;
            if (text == "THROW")
                throw new InputFormatException(Path.GetFileName(path), InputErrorKind.Truncated, "the file ends mid-row", new InputLocation(Line: line));
            if (text == "BAD")
            {
                yield return RowResult<NuccRow>.Rejected(line, new InputFormatException(Path.GetFileName(path), InputErrorKind.MalformedValue,
                    "expected a taxonomy code, \"quoted\", with commas", new InputLocation(Line: line, ColumnStart: 1, ColumnEnd: 3), found: "BAD"));
                continue;
            }
            var parts = text.Split(',');
            yield return RowResult<NuccRow>.Ok(line, new NuccRow(parts[0], parts.Length > 1 ? parts[1] : "", "", "", "", "", "", "", origin with { Row = line }));
        }
    }

    /// <summary>Writes a fake file: version line, then the given rows.</summary>
    public static string Write(string folder, string name, string version, params string[] rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, [$"#version {version}", .. rows]);
        return path;
    }

    /// <summary>Rows <c>C0001,G</c> … numbered from <paramref name="first"/>.</summary>
    public static string[] Rows(int count, int first = 1) =>
        Enumerable.Range(first, count).Select(i => $"C{i.ToString("D4", CultureInfo.InvariantCulture)},G{i.ToString(CultureInfo.InvariantCulture)}").ToArray();
}

using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tests;

/// <summary>
/// A tiny reference format for loader tests, writing to <c>nucc_taxonomy (code, grouping)</c>. File layout: line 1
/// <c>#version V</c>, then <c>code,grouping</c> rows; a row <c>BAD</c> is rejected, a row <c>THROW</c> makes the
/// reader throw a file-level error at that line (after yielding the rows before it).
/// </summary>
public sealed class FakeFormat(string dataset = "nucc") : IReferenceFormat
{
    public string Dataset { get; } = dataset;
    public string Publisher => "Test publisher";
    public string Table => "nucc_taxonomy";
    public IReadOnlyList<string> Columns { get; init; } = ["code", "grouping"];

    public bool Recognises(string path) => File.ReadLines(path).FirstOrDefault()?.StartsWith("#version ", StringComparison.Ordinal) == true;

    public string ReadVersion(string path) => File.ReadLines(path).First()["#version ".Length..];

    public IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken)
    {
        var line = 0L;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1) continue;
            if (text == "THROW")
                throw new InputFormatException(Path.GetFileName(path), InputErrorKind.Truncated, "the file ends mid-row", new InputLocation(Line: line));
            if (text == "BAD")
            {
                yield return RowResult.Rejected(line, new InputFormatException(Path.GetFileName(path), InputErrorKind.MalformedValue,
                    "expected a taxonomy code, \"quoted\", with commas", new InputLocation(Line: line, ColumnStart: 1, ColumnEnd: 3), found: "BAD"));
                continue;
            }
            var parts = text.Split(',');
            yield return RowResult.Ok(line, [parts[0], parts.Length > 1 ? parts[1] : null]);
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

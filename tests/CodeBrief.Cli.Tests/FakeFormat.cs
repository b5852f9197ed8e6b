using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Cli.Tests;

/// <summary>
/// A tiny reference format writing to <c>nucc_taxonomy (code, grouping)</c>: line 1 <c>#version V</c>, then
/// <c>code,grouping</c> rows; <c>BAD</c> is a rejected row, <c>THROW</c> a file-level error at that line.
/// </summary>
internal sealed class FakeFormat(string dataset) : IReferenceFormat
{
    public string Dataset { get; } = dataset;
    public string Publisher => "Test publisher";
    public string Table => "nucc_taxonomy";
    public IReadOnlyList<string> Columns => ["code", "grouping"];

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
                    "expected a taxonomy code", new InputLocation(Line: line, ColumnStart: 1, ColumnEnd: 3), found: "BAD"));
                continue;
            }
            var parts = text.Split(',');
            yield return RowResult.Ok(line, [parts[0], parts[1]]);
        }
    }
}

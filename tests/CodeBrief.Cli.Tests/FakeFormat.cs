using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Cli.Tests;

/// <summary>
/// A tiny reference format yielding <see cref="NuccRow"/>s of which only code and grouping are set (so <c>nucc_taxonomy (code, grouping)</c>): line 1 <c>#version V</c>, then
/// <c>code,grouping</c> rows; <c>BAD</c> is a rejected row, <c>THROW</c> a file-level error at that line.
/// </summary>
internal sealed class FakeFormat(string dataset) : IReferenceFormat<NuccRow>
{
    public string Dataset { get; } = dataset;
    public string Publisher => "Test publisher";

    public bool Recognises(string path) => File.ReadLines(path).FirstOrDefault()?.StartsWith("#version ", StringComparison.Ordinal) == true;

    public string ReadVersion(string path) => File.ReadLines(path).First()["#version ".Length..];

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
                    "expected a taxonomy code", new InputLocation(Line: line, ColumnStart: 1, ColumnEnd: 3), found: "BAD"));
                continue;
            }
            var parts = text.Split(',');
            yield return RowResult<NuccRow>.Ok(line, new NuccRow(parts[0], parts[1], "", "", "", "", "", "", origin with { Row = line }));
        }
    }
}

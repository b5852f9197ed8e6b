namespace CodeBrief.Core.Errors;

/// <summary>
/// Where in a file a problem sits. Text files use <see cref="Line"/> (1-based) and a 1-based column range in characters;
/// workbooks use <see cref="Cell"/> (<c>Sheet1!C14</c>); JSON uses <see cref="JsonPath"/> and <see cref="ByteOffset"/>
/// (0-based, counted in decompressed bytes). Unused parts are null.
/// </summary>
public sealed record InputLocation(
    long? Line = null,
    int? ColumnStart = null,
    int? ColumnEnd = null,
    string? Cell = null,
    string? JsonPath = null,
    long? ByteOffset = null)
{
    /// <summary>Formats the location the way messages print it.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Line is { } line)
        {
            var text = $"line {line}";
            if (ColumnStart is { } start)
                text += ColumnEnd is { } end && end != start ? $", columns {start}-{end}" : $", column {start}";
            parts.Add(text);
        }
        if (Cell is not null) parts.Add($"cell {Cell}");
        if (JsonPath is not null) parts.Add($"Path: {JsonPath}");
        if (ByteOffset is { } offset) parts.Add($"Offset: {offset} (decompressed)");
        return string.Join(" | ", parts);
    }
}

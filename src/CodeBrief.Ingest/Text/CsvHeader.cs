using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// The positions of named columns in a header row, for data.cms.gov and Medicare Coverage Database exports whose
/// column order changes between releases while the names stay.
/// </summary>
/// <remarks>Names compare ignoring case and white space, as <see cref="CsvFile.FieldIs"/> does.</remarks>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the fields of <paramref name="record"/>; a repeated name keeps its first position.</summary>
    public CsvHeader(CsvRecord record)
    {
        Record = record;
        for (var i = 0; i < record.Count; i++)
            _index.TryAdd(CsvFile.Squeeze(record.Fields[i]), i);
    }

    /// <summary>The header record itself.</summary>
    public CsvRecord Record { get; }

    /// <summary>Number of columns the header names; data rows are checked against it.</summary>
    public int Count => Record.Count;

    /// <summary>True when every one of <paramref name="names"/> is a column.</summary>
    public bool HasAll(params string[] names) => names.All(n => _index.ContainsKey(CsvFile.Squeeze(n)));

    /// <summary>The 0-based position of <paramref name="name"/>, or -1 when absent.</summary>
    public int Find(string name) => _index.TryGetValue(CsvFile.Squeeze(name), out var i) ? i : -1;

    /// <summary>
    /// The 0-based position of <paramref name="name"/>; throws <see cref="InputErrorKind.BadHeader"/> naming the column
    /// when the header lacks it.
    /// </summary>
    public int Require(string file, string name)
    {
        var i = Find(name);
        if (i >= 0) return i;
        throw new InputFormatException(file, InputErrorKind.BadHeader, $"expected a column named \"{name}\" in the header",
            new InputLocation(Line: Record.Line), found: InputFormatException.Quote(string.Join(',', Record.Fields)),
            fix: "Load the file as the publisher released it; its columns may have been renamed or removed.");
    }

    /// <summary>True when <paramref name="record"/> has every one of <paramref name="names"/> among its fields.</summary>
    public static bool Contains(CsvRecord record, params string[] names) => new CsvHeader(record).HasAll(names);
}

using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// Checks and normalises the fields of one row (codes upper case, decimals as invariant text, blanks as null) and
/// keeps the first problem found, so a reader can build the whole row and then yield it or reject it.
/// </summary>
/// <remarks>
/// Fields come either from a <see cref="CsvRecord"/> by index or from a fixed-width line by 1-based character
/// positions. Columns in problems are 1-based characters, end inclusive. Not thread safe; reuse one per file.
/// </remarks>
/// <param name="file">The file name, for problems.</param>
/// <param name="origin">The file's dataset, name and version, asked once, for the first good row: a file whose version
/// cannot be told (no rows, only rejected ones) still reads and reports its rows.</param>
internal sealed class RowParser(string file, Func<SourceRef> origin)
{
    private SourceRef? _origin;
    private CsvRecord? _record;
    private long _line;

    /// <summary>The source of the current row: the file's dataset, name and version, and the row's line. Ask it after the
    /// row's fields: a row that has failed gets a placeholder (it is rejected and never stored).</summary>
    public SourceRef Source => Problem is null
        ? (_origin ??= origin()) with { Row = _line }
        : new SourceRef("", file, "", _line);

    /// <summary>The first problem in the current row, or null.</summary>
    public InputFormatException? Problem { get; private set; }

    /// <summary>Starts a CSV row; fails it when it has fewer than <paramref name="columns"/> fields or extra non-blank ones.</summary>
    public void Begin(CsvRecord record, int columns)
    {
        _record = record;
        _line = record.Line;
        Problem = null;
        if (record.Count < columns)
            Fail(InputErrorKind.MissingField, $"expected {columns} columns, but the row has {record.Count}", null, null, null);
        for (var i = columns; i < record.Count && Problem is null; i++)
            if (!string.IsNullOrWhiteSpace(record.Fields[i]))
                Fail(InputErrorKind.MalformedValue, $"expected {columns} columns, but the row has a value in column {i + 1}",
                    record.Starts[i], record.Ends[i], record.Fields[i]);
    }

    /// <summary>Starts a fixed-width row.</summary>
    public void Begin(long line)
    {
        _record = null;
        _line = line;
        Problem = null;
    }

    /// <summary>Records a problem with the whole row.</summary>
    public void Fail(InputErrorKind kind, string problem, int? columnStart, int? columnEnd, string? found) =>
        Problem ??= new InputFormatException(file, kind, problem,
            new InputLocation(Line: _line, ColumnStart: columnStart, ColumnEnd: columnEnd),
            found: found is null ? null : InputFormatException.Quote(found));

    /// <summary>The trimmed text of field <paramref name="index"/>, null when blank.</summary>
    public string? Text(int index)
    {
        var raw = Field(index);
        var trimmed = raw.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>A CPT/HCPCS code, upper case; a blank or malformed code fails the row.</summary>
    public string? Code(int index) => Code(Field(index), Start(index), End(index));

    /// <summary>A CPT/HCPCS code at a fixed-width position.</summary>
    public string? Code(string raw, int? start, int? end)
    {
        if (HcpcsCode.TryParse(raw, out var code)) return code.Value;
        Fail(raw.Trim().Length == 0 ? InputErrorKind.MissingField : InputErrorKind.MalformedValue,
            "expected a CPT or HCPCS code (five characters such as 99213, 0001U or G0103)", start, end, raw);
        return null;
    }

    /// <summary>A modifier, upper case, or "" when blank (the tables key rows on code + modifier).</summary>
    public string Modifier(int index)
    {
        var raw = Field(index);
        if (raw.Trim().Length == 0) return "";
        if (ModifierCode.TryParse(raw, out var modifier)) return modifier.Value;
        Fail(InputErrorKind.MalformedValue, "expected a two-character modifier such as 26, TC or QW", Start(index), End(index), raw);
        return "";
    }

    /// <summary>A decimal, null when blank and allowed (and when malformed: the row then fails).</summary>
    /// <remarks>.NET's decimal keeps the scale it was parsed with, so <c>ToString(CultureInfo.InvariantCulture)</c> gives
    /// back exactly the text <see cref="Decimal(int, bool)"/> returns (<c>0.50</c> stays <c>0.50</c>, <c>00024.11</c>
    /// becomes <c>24.11</c>): the warehouse stores that text.</remarks>
    public decimal? Number(int index, bool required = true) => Number(Field(index), Start(index), End(index), required);

    /// <summary>A decimal at a fixed-width position; see <see cref="Number(int, bool)"/>.</summary>
    public decimal? Number(string raw, int? start, int? end, bool required = true)
    {
        var s = raw.Trim();
        if (s.Length == 0)
        {
            if (required) Fail(InputErrorKind.MissingField, "expected a number, but the field is empty", start, end, null);
            return null;
        }
        if (decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        Fail(InputErrorKind.MalformedValue, "expected a number", start, end, raw);
        return null;
    }

    /// <summary>A decimal as invariant text without padding (<c>00024.11</c> becomes <c>24.11</c>), null when blank and allowed.</summary>
    public string? Decimal(int index, bool required = true) => Decimal(Field(index), Start(index), End(index), required);

    /// <summary>A decimal at a fixed-width position.</summary>
    public string? Decimal(string raw, int? start, int? end, bool required = true)
    {
        var s = raw.Trim();
        if (s.Length == 0)
        {
            if (required) Fail(InputErrorKind.MissingField, "expected a number, but the field is empty", start, end, null);
            return null;
        }
        // Most amounts are already canonical (2.75); only padded ones (00024.11) need a parse and reformat.
        if (IsCanonicalDecimal(s)) return s;
        if (decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value.ToString(CultureInfo.InvariantCulture);
        Fail(InputErrorKind.MalformedValue, "expected a number", start, end, raw);
        return null;
    }

    /// <summary>
    /// Digits, left-padded with zeros to <paramref name="width"/> when <paramref name="pad"/> (CMS drops the leading
    /// zeros of carrier and locality numbers in some files), otherwise exactly <paramref name="width"/> digits.
    /// </summary>
    public string? Digits(int index, int width, bool pad = true, bool required = true) =>
        Digits(Field(index), Start(index), End(index), width, pad, required);

    /// <summary>Digits at a fixed-width position; see <see cref="Digits(int, int, bool, bool)"/>.</summary>
    public string? Digits(string raw, int? start, int? end, int width, bool pad = true, bool required = true)
    {
        var s = raw.Trim();
        var shape = pad ? $"a number of up to {width} digits" : $"{width} digits";
        if (s.Length == 0)
        {
            if (required) Fail(InputErrorKind.MissingField, $"expected {shape}, but the field is empty", start, end, null);
            return null;
        }
        if ((pad ? s.Length <= width : s.Length == width) && IsDigits(s)) return s.PadLeft(width, '0');
        Fail(InputErrorKind.MalformedValue, $"expected {shape}", start, end, raw);
        return null;
    }

    /// <summary>Letters and digits of exactly <paramref name="width"/> characters, upper case; null when blank and allowed.</summary>
    public string? Flag(int index, int width, bool required = true) => Flag(Field(index), Start(index), End(index), width, required);

    /// <summary>A flag at a fixed-width position.</summary>
    public string? Flag(string raw, int? start, int? end, int width, bool required = true)
    {
        var s = raw.Trim();
        if (s.Length == 0)
        {
            if (required) Fail(InputErrorKind.MissingField, "expected a value, but the field is empty", start, end, null);
            return null;
        }
        var ok = s.Length == width;
        foreach (var c in s) ok &= char.IsAsciiLetterOrDigit(c);
        if (ok) return s.ToUpperInvariant();
        Fail(InputErrorKind.MalformedValue, $"expected a {width}-character indicator", start, end, raw);
        return null;
    }

    /// <summary>True when <paramref name="s"/> is one or more ASCII digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>True for text that decimal.ToString would print unchanged: digits without leading zeros, an optional fraction.</summary>
    private static bool IsCanonicalDecimal(ReadOnlySpan<char> s)
    {
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        if (!IsDigits(whole) || whole.Length > 15 || (whole.Length > 1 && whole[0] == '0')) return false;
        return dot < 0 || (IsDigits(s[(dot + 1)..]) && s.Length - dot - 1 <= 10);
    }

    private string Field(int index) =>
        _record is { } r && index < r.Count ? r.Fields[index] : "";

    private int? Start(int index) => _record is { } r && index < r.Count ? r.Starts[index] : null;

    private int? End(int index) => _record is { } r && index < r.Count ? Math.Max(r.Ends[index], r.Starts[index]) : null;
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CodeBrief.Core;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Reads and normalises the scalar values of TiC files (strings, ids, rates, dates, code lists) from the token the
/// reader is on, counting oddities. Shared by the in-network, provider-reference, allowed-amounts and TOC readers.
/// </summary>
/// <remarks>Not thread-safe; one per file.</remarks>
internal sealed class TicValueReader(JsonBlockBuffer buffer, TicIngestReport report)
{
    private readonly StringPool _pool = new();
    private readonly Dictionary<string, string?> _dates = new(StringComparer.Ordinal);
    private readonly List<string> _list = [];
    private readonly StringBuilder _join = new();
    private readonly List<string> _lastList = [];
    private string _lastJoined = "";
    private string? _lastDate;
    private string? _lastDateNormal;

    /// <summary>The lower-case words of the schema's enumerations (negotiated types, billing classes, settings, arrangements).</summary>
    private static readonly string[] Vocabulary =
        ["negotiated", "professional", "institutional", "outpatient", "inpatient", "both", "percentage", "fee schedule", "derived", "per diem", "ffs", "bundle", "capitation"];

    private static readonly byte[][] VocabularyUtf8 = [.. Vocabulary.Select(Encoding.UTF8.GetBytes)];

    public JsonBlockBuffer Buffer => buffer;
    public TicIngestReport Report => report;

    /// <summary>A string value (numbers accepted as their text); null for JSON null.</summary>
    public string? String(ref Utf8JsonReader r, string property)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                if (r.ValueIsEscaped) return Unescape(ref r, property);
                if (!Utf8.IsValid(r.ValueSpan)) BadEncoding(ref r, property);
                return _pool.Get(r.ValueSpan);
            case JsonTokenType.Number:
                return _pool.Get(r.ValueSpan);
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ref r, property, "a string");
                return null;
        }
    }

    private string Unescape(ref Utf8JsonReader r, string property)
    {
        try
        {
            return r.GetString()!; // a String token never reads as null
        }
        catch (InvalidOperationException)
        {
            // GetString refuses invalid UTF-8 and escapes that leave half a surrogate pair.
            BadEncoding(ref r, property);
            return "";
        }
    }

    /// <summary>Throws a bad-encoding error at the first invalid byte of the current string (or at the string when the fault is an escape).</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void BadEncoding(ref Utf8JsonReader r, string property)
    {
        var span = r.ValueSpan;
        var at = 0;
        while (at < span.Length && System.Text.Rune.DecodeFromUtf8(span[at..], out _, out var n) == System.Buffers.OperationStatus.Done) at += n;
        var offset = buffer.Offset(ref r) + 1 + (at < span.Length ? at : 0); // + 1: the opening quote
        var from = at < span.Length ? at : 0;
        ThrowHelper.BadEncoding(buffer.File, property, ThrowHelper.Show(span[from..Math.Min(span.Length, from + 12)]), buffer.Path.ToString(), offset);
    }

    /// <summary>A string value that must be present.</summary>
    public string RequiredString(ref Utf8JsonReader r, string property)
    {
        var s = String(ref r, property);
        if (s is null) ThrowHelper.MissingField(buffer.File, property, buffer.Path.ToString(), buffer.Offset(ref r));
        return s;
    }

    /// <summary>A string value, lower case (<c>Professional</c> becomes <c>professional</c>).</summary>
    public string? Lower(ref Utf8JsonReader r, string property)
    {
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped)
        {
            // Millions of prices repeat the same few words; comparing bytes with them is cheaper than any pooling.
            var span = r.ValueSpan;
            for (var i = 0; i < Vocabulary.Length; i++)
                if (span.SequenceEqual(VocabularyUtf8[i])) return Vocabulary[i];
        }
        var s = String(ref r, property);
        if (s is null) return null;
        foreach (var c in s)
            if (char.IsUpper(c)) return _pool.Get(s.ToLowerInvariant());
        return s;
    }

    /// <summary>A provider group id or NPI as text: integers as written, decimals without trailing zeros.</summary>
    public string Id(ref Utf8JsonReader r, string property) => _pool.Get(IdBytes(ref r, property));

    /// <summary>An NPI as text, not pooled: NPIs rarely repeat within a file, so pooling them only costs.</summary>
    public string Npi(ref Utf8JsonReader r, string property) => Encoding.UTF8.GetString(IdBytes(ref r, property));

    /// <summary>The bytes of <see cref="Id"/> without making a string: integers as written, decimals without trailing zeros.</summary>
    public ReadOnlySpan<byte> IdBytes(ref Utf8JsonReader r, string property)
    {
        ReadOnlySpan<byte> raw;
        if (r.TokenType == JsonTokenType.Number) raw = r.ValueSpan;
        else if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped) { raw = r.ValueSpan; report.Count(TicOddity.IdAsString); }
        else { WrongType(ref r, property, "a number"); return default; }
        var dot = raw.IndexOf((byte)'.');
        if (dot >= 0)
        {
            report.Count(TicOddity.DecimalGroupId);
            var end = raw.Length;
            while (end > dot + 1 && raw[end - 1] == (byte)'0') end--;
            if (end == dot + 1) end = dot;
            raw = raw[..end];
        }
        if (raw.Length == 0 || raw.IndexOfAnyExcept("0123456789.-"u8) >= 0)
            ThrowHelper.MalformedValue(buffer.File, $"expected a numeric id for \"{property}\"", ThrowHelper.Show(raw), buffer.Path.ToString(), buffer.Offset(ref r));
        return raw;
    }

    /// <summary>A rate as an exact decimal without trailing zeros (<c>150.00</c> reads as 150, <c>40.50</c> as 40.5).</summary>
    public decimal Rate(ref Utf8JsonReader r, string property)
    {
        ReadOnlySpan<byte> raw;
        if (r.TokenType == JsonTokenType.Number) raw = r.ValueSpan;
        else if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped)
        {
            raw = r.ValueSpan.Trim(" $"u8);
            report.Count(TicOddity.RateAsString);
            if (raw.Length == 0 || raw.IndexOfAnyExcept("0123456789.-+eE"u8) >= 0) WrongType(ref r, property, "a number");
        }
        else { WrongType(ref r, property, "a number"); return 0; }
        if (TryParsePlain(raw, out var value)) return value;
        if (raw.Length > 64 || !decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            ThrowHelper.MalformedValue(buffer.File, $"expected a decimal amount for \"{property}\"", ThrowHelper.Show(raw), buffer.Path.ToString(), buffer.Offset(ref r));
            return 0;
        }
        return Decimals.WithoutTrailingZeros(value);
    }

    /// <summary>Digits with at most one inner dot, 19 bytes at most (so the digits fit a <see cref="ulong"/>): the form of nearly every rate, read without the general number parser.</summary>
    private static bool TryParsePlain(ReadOnlySpan<byte> raw, out decimal value)
    {
        value = 0;
        if (raw.Length is 0 or > 19 || raw[0] == (byte)'.' || raw[^1] == (byte)'.') return false;
        ulong mantissa = 0;
        var scale = -1; // digits after the dot; -1 until one is seen
        foreach (var b in raw)
        {
            var digit = (uint)(b - '0');
            if (digit <= 9)
            {
                mantissa = mantissa * 10 + digit;
                if (scale >= 0) scale++;
            }
            else if (b == (byte)'.' && scale < 0) scale = 0;
            else return false;
        }
        if (scale < 0) scale = 0;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)scale);
        return true;
    }

    /// <summary>A rate as invariant decimal text without trailing zeros (<c>40.5</c>).</summary>
    public string RateText(ref Utf8JsonReader r, string property) => Rate(ref r, property).ToString(CultureInfo.InvariantCulture);

    /// <summary>An ISO date (<c>YYYY-MM-DD</c>); US dates are converted, empty and placeholder dates become null. All counted.</summary>
    public string? Date(ref Utf8JsonReader r, string property)
    {
        var s = String(ref r, property);
        if (s is null) { report.Count(TicOddity.PlaceholderOrOddDate); return null; }
        // Prices of one file mostly repeat one date, and pooled strings make the repeat a reference comparison.
        if (ReferenceEquals(s, _lastDate))
        {
            if (!ReferenceEquals(_lastDateNormal, s)) report.Count(TicOddity.PlaceholderOrOddDate);
            return _lastDateNormal;
        }
        if (!_dates.TryGetValue(s, out var normal))
        {
            normal = NormaliseDate(s);
            if (_dates.Count < StringPool.Capacity) _dates[s] = normal;
        }
        if (!ReferenceEquals(normal, s)) report.Count(TicOddity.PlaceholderOrOddDate);
        _lastDate = s;
        _lastDateNormal = normal;
        return normal;
    }

    private static string? NormaliseDate(string s)
    {
        var t = s.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.Year < 1990 ? null : t.Length == s.Length ? s : t;
        string[] formats = ["M/d/yyyy", "MM/dd/yyyy", "yyyy/MM/dd", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ"];
        if (DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            || (t.Length >= 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)))
            return d.Year < 1990 ? null : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>An array of short strings, upper-cased when asked, sorted and joined with <c>,</c>; empty for none or null.</summary>
    public string CodeList(ref Utf8JsonReader r, string property, bool upper)
    {
        if (r.TokenType == JsonTokenType.Null) return "";
        if (r.TokenType == JsonTokenType.String) return String(ref r, property) ?? "";
        if (r.TokenType != JsonTokenType.StartArray) { WrongType(ref r, property, "an array of strings"); return ""; }
        _list.Clear();
        var index = 0;
        while (true)
        {
            buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            buffer.Path.SetIndex(index++);
            var s = String(ref r, property);
            if (s is null) continue;
            if (upper) foreach (var c in s) if (char.IsLower(c)) { s = _pool.Get(s.ToUpperInvariant()); break; }
            _list.Add(s);
        }
        buffer.Path.SetIndex(-1);
        if (_list.Count == 0) return "";
        if (_list.Count == 1) return _list[0];
        // The same list (of pooled strings) often follows itself; then the sort and join are already done.
        if (SameAsLast()) return _lastJoined;
        _lastList.Clear();
        _lastList.AddRange(_list);
        _lastJoined = Join();
        return _lastJoined;
    }

    private bool SameAsLast()
    {
        if (_list.Count != _lastList.Count) return false;
        for (var i = 0; i < _list.Count; i++)
            if (!ReferenceEquals(_list[i], _lastList[i])) return false;
        return true;
    }

    private string Join()
    {
        _list.Sort(StringComparer.Ordinal);
        _join.Clear();
        for (var i = 0; i < _list.Count; i++)
        {
            if (i > 0 && _list[i] == _list[i - 1]) continue;
            if (_join.Length > 0) _join.Append(',');
            _join.Append(_list[i]);
        }
        Span<char> chars = stackalloc char[256];
        if (_join.Length > chars.Length) return _join.ToString();
        _join.CopyTo(0, chars, _join.Length);
        return _pool.Get(chars[.._join.Length]);
    }

    /// <summary>Throws a wrong-type error for the current token.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void WrongType(ref Utf8JsonReader r, string property, string expected)
    {
        var found = r.TokenType switch
        {
            JsonTokenType.String => "string \"" + ThrowHelper.Show(r.ValueSpan) + "\"",
            JsonTokenType.Number => "number " + ThrowHelper.Show(r.ValueSpan),
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => r.TokenType.ToString(),
        };
        ThrowHelper.WrongType(buffer.File, property, expected, found, buffer.Path.ToString(), buffer.Offset(ref r));
    }

    /// <summary>Requires the current token to be <paramref name="type"/>.</summary>
    public void Expect(ref Utf8JsonReader r, JsonTokenType type, string property)
    {
        if (r.TokenType != type) WrongType(ref r, property, type == JsonTokenType.StartArray ? "an array" : "an object");
    }
}

using System.Text;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Interns the small strings that repeat across millions of prices (dates, types, place-of-service sets, rates), so each
/// distinct value is allocated once per file.
/// </summary>
/// <remarks>Holds at most <see cref="Capacity"/> strings; beyond that it allocates without interning. Not thread-safe.</remarks>
internal sealed class StringPool
{
    /// <summary>Most strings the pool keeps.</summary>
    public const int Capacity = 1 << 16;

    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string for UTF-8 bytes (up to 256 bytes are pooled).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 256) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[256];
        var n = Encoding.UTF8.GetChars(utf8, chars);
        return Get(chars[..n]);
    }

    /// <summary>The string for <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var s)) return s;
        s = chars.ToString();
        if (_set.Count < Capacity) _set.Add(s);
        return s;
    }
}

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

    // A direct-mapped cache in front of the set: most values repeat the one seen last in the same slot
    // ("negotiated", "professional", "9999-12-31"), and a byte compare is cheaper than transcoding and hashing.
    private readonly byte[]?[] _recentBytes = new byte[]?[256];
    private readonly string?[] _recentStrings = new string?[256];

    /// <summary>The string for UTF-8 bytes (up to 256 bytes are pooled).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 256 || utf8.Length == 0) return Encoding.UTF8.GetString(utf8);
        var slot = (utf8.Length * 31 + utf8[0] * 7 + utf8[^1] * 13 + utf8[utf8.Length / 2]) & 255;
        var recent = _recentBytes[slot];
        if (recent is not null && utf8.SequenceEqual(recent)) return _recentStrings[slot]!; // set together with _recentBytes
        Span<char> chars = stackalloc char[256];
        var n = Encoding.UTF8.GetChars(utf8, chars);
        var s = Get(chars[..n]);
        _recentBytes[slot] = utf8.ToArray();
        _recentStrings[slot] = s;
        return s;
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

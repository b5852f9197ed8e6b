using System.Text;

namespace CodeBrief.Ingest.Tic;

/// <summary>The billing codes to keep; an empty filter keeps everything.</summary>
/// <remarks>Matching compares the raw UTF-8 bytes of a <c>billing_code</c> value, upper-cased, without allocating.</remarks>
public sealed class CodeFilter
{
    private readonly HashSet<string> _codes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A filter keeping <paramref name="codes"/> (case-insensitive); none keeps every code.</summary>
    public CodeFilter(IEnumerable<string> codes)
    {
        _codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in codes)
        {
            var t = c.Trim();
            if (t.Length > 0) _codes.Add(t.ToUpperInvariant());
        }
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Keeps every code.</summary>
    public static CodeFilter All { get; } = new([]);

    /// <summary>True when every code is kept.</summary>
    public bool KeepsAll => _codes.Count == 0;

    /// <summary>The codes, upper case.</summary>
    public IReadOnlyCollection<string> Codes => _codes;

    /// <summary>True when <paramref name="code"/> is kept.</summary>
    public bool Keeps(ReadOnlySpan<char> code) => KeepsAll || _lookup.Contains(code);

    /// <summary>True when the UTF-8 <paramref name="code"/> (one code, up to 32 bytes) is kept.</summary>
    public bool Keeps(ReadOnlySpan<byte> code)
    {
        if (KeepsAll) return true;
        if (code.Length > 32) return false;
        Span<char> chars = stackalloc char[32];
        var n = Encoding.UTF8.GetChars(code, chars);
        return _lookup.Contains(chars[..n].Trim());
    }
}

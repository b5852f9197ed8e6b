using System.Globalization;
using System.Text;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// The JSON path of the token being read, kept as a small stack of (property name, array index) frames.
/// </summary>
/// <remarks>
/// Names are the parser's own constant strings (no allocation per token); the text <c>$.a[3].b</c> is built only
/// when an error is thrown. Not thread-safe; one per reader.
/// </remarks>
internal sealed class JsonPathStack
{
    private string?[] _names = new string?[16];
    private int[] _indices = new int[16];
    private int _depth;

    /// <summary>Enters a property of the current object.</summary>
    public void Push(string name)
    {
        if (_depth == _names.Length) Grow();
        _names[_depth] = name;
        _indices[_depth] = -1;
        _depth++;
    }

    /// <summary>Leaves the innermost frame.</summary>
    public void Pop() => _depth--;

    /// <summary>Sets the array index of the innermost frame (0-based).</summary>
    public void SetIndex(int index) => _indices[_depth - 1] = index;

    /// <summary>Formats the path as <c>$.in_network[4].negotiated_rates[0]</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("$");
        for (var i = 0; i < _depth; i++)
        {
            sb.Append('.').Append(_names[i]);
            if (_indices[i] >= 0) sb.Append('[').Append(_indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return sb.ToString();
    }

    private void Grow()
    {
        Array.Resize(ref _names, _names.Length * 2);
        Array.Resize(ref _indices, _indices.Length * 2);
    }
}

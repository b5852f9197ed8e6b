using System.Text;

namespace CodeBrief.Warehouse.Tic;

/// <summary>
/// Numbers the distinct provider-group sets of one in-network file 1, 2, 3… in order of first use, so a rate stores one
/// number however many groups it names. The rate stores (SQLite blocks, the lake) share it.
/// </summary>
/// <remarks>At most <see cref="Remembered"/> sets are remembered (<see cref="BoundedNumbering{TKey}"/>): a set met again
/// after that gets a new number, and its groups are written again under it.</remarks>
public sealed class GroupSetIds
{
    private readonly BoundedNumbering<string> _ids = new(first: 1);
    private readonly StringBuilder _key = new();
    private readonly List<string> _last = [];
    private int _lastId;

    /// <summary>The most sets remembered at once (about 8 MB of keys).</summary>
    public const int Remembered = BoundedNumbering.Remembered;

    /// <summary>The id of the set <paramref name="groupIds"/> names, and whether this call gave it (first use).</summary>
    public (int Id, bool IsNew) IdOf(List<string> groupIds)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        // Consecutive rates often name the same groups; the reader pools id strings, so a reference comparison finds them
        // without building the key.
        if (_lastId > 0 && SameIds(groupIds, _last)) return (_lastId, false);
        _last.Clear();
        _last.AddRange(groupIds);
        _key.Clear();
        foreach (var id in groupIds)
        {
            if (_key.Length > 0) _key.Append('\u001F');
            _key.Append(id);
        }
        var (setId, isNew) = _ids.IdOf(_key.ToString());
        _lastId = setId;
        return (setId, isNew);
    }

    private static bool SameIds(List<string> a, List<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        return true;
    }
}

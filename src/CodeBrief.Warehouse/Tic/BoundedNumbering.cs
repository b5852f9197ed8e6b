namespace CodeBrief.Warehouse.Tic;

/// <summary>The bound shared by every <see cref="BoundedNumbering{TKey}"/>.</summary>
public static class BoundedNumbering
{
    /// <summary>The most keys remembered at once; real files reuse far fewer provider-group sets or price terms than that.</summary>
    public const int Remembered = 1 << 16;
}

/// <summary>
/// Numbers keys in order of first use, remembering at most <see cref="BoundedNumbering.Remembered"/> of them and then
/// starting afresh: a key met again after that gets a new number, never a used one.
/// </summary>
/// <remarks>The rate stores number a file's provider-group sets and price terms this way. Files whose rates draw groups or
/// terms anew nearly every time have millions of distinct keys (holding every set took 700 MB); forgetting costs rows (the
/// key's row is written again under its new number), never correctness.</remarks>
public sealed class BoundedNumbering<TKey>(int first) where TKey : notnull
{
    private readonly Dictionary<TKey, int> _ids = [];
    private int _next = first;

    /// <summary>The number of <paramref name="key"/>, and whether this call gave it.</summary>
    public (int Id, bool IsNew) IdOf(TKey key)
    {
        if (_ids.TryGetValue(key, out var known)) return (known, false);
        if (_ids.Count == BoundedNumbering.Remembered) _ids.Clear();
        var id = _next++;
        _ids[key] = id;
        return (id, true);
    }
}

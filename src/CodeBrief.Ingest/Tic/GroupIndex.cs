using System.Text;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// The provider group ids of one in-network file, each given a slot: whether a kept rate references it, and which
/// <see cref="GroupSpill"/> record holds its groups.
/// </summary>
/// <remarks>
/// Compact because a file may hold a million references: an integer id (the schema's form) is a <see cref="long"/>
/// key, and a slot is two ints and a byte, about 37 bytes a group with the dictionary entry, instead of the id's string.
/// Other ids (decimals such as CareFirst's <c>690.64462</c>) are keyed by their text. Not thread-safe.
/// </remarks>
internal sealed class GroupIndex
{
    private const int NoRecord = -1;
    private readonly Dictionary<long, int> _numeric = [];
    private readonly Dictionary<string, int> _text = new(StringComparer.Ordinal);
    private readonly List<int> _slotRecord = [];
    private readonly List<bool> _slotReferenced = [];
    private readonly List<int> _recordSlot = [];

    /// <summary>Slots so far.</summary>
    public int Count => _slotRecord.Count;

    /// <summary>Slots that a kept rate references.</summary>
    public int Referenced { get; private set; }

    /// <summary>The slot of an id (the bytes <see cref="TicValueReader.IdBytes"/> returns), made when new.</summary>
    public int Slot(ReadOnlySpan<byte> id)
    {
        if (TryNumeric(id, out var key))
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_numeric, key, out var exists);
            if (!exists) slot = Add();
            return slot;
        }
        var text = Encoding.UTF8.GetString(id);
        if (!_text.TryGetValue(text, out var s)) _text[text] = s = Add();
        return s;
    }

    /// <summary>The slot of an id if it has one.</summary>
    public bool TryFind(ReadOnlySpan<byte> id, out int slot) =>
        TryNumeric(id, out var key) ? _numeric.TryGetValue(key, out slot) : _text.TryGetValue(Encoding.UTF8.GetString(id), out slot);

    private int Add()
    {
        _slotRecord.Add(NoRecord);
        _slotReferenced.Add(false);
        return _slotRecord.Count - 1;
    }

    /// <summary>Integers of up to 18 digits without a leading zero: the same text always gives the same key and no two texts one key.</summary>
    private static bool TryNumeric(ReadOnlySpan<byte> id, out long key)
    {
        key = 0;
        if (id.Length is 0 or > 18 || (id[0] == (byte)'0' && id.Length > 1)) return false;
        foreach (var b in id)
        {
            var digit = (uint)(b - '0');
            if (digit > 9) return false;
            key = key * 10 + digit;
        }
        return true;
    }

    /// <summary>Marks a slot referenced by a kept rate.</summary>
    public void Reference(int slot)
    {
        if (_slotReferenced[slot]) return;
        _slotReferenced[slot] = true;
        Referenced++;
    }

    /// <summary>True when a kept rate references the slot.</summary>
    public bool IsReferenced(int slot) => _slotReferenced[slot];

    /// <summary>Makes <paramref name="record"/> the slot's groups (a later reference with the same id replaces an earlier one).</summary>
    public void SetRecord(int slot, int record)
    {
        while (_recordSlot.Count <= record) _recordSlot.Add(NoRecord);
        _recordSlot[record] = slot;
        _slotRecord[slot] = record;
    }

    /// <summary>Notes a record that holds no slot's groups (a reference no kept rate uses).</summary>
    public void DropRecord(int record)
    {
        while (_recordSlot.Count <= record) _recordSlot.Add(NoRecord);
    }

    /// <summary>The slot whose current groups <paramref name="record"/> holds, or -1 when it holds none.</summary>
    public int SlotOfRecord(int record)
    {
        if (record < 0 || record >= _recordSlot.Count) return NoRecord;
        var slot = _recordSlot[record];
        return slot >= 0 && _slotRecord[slot] == record ? slot : NoRecord;
    }

    /// <summary>True when the slot has a record.</summary>
    public bool HasRecord(int slot) => _slotRecord[slot] != NoRecord;
}

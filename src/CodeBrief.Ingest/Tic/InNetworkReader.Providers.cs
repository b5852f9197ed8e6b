using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

public sealed partial class InNetworkReader
{
    private readonly List<string> _npis = [];

    private void ReadProviderReferences(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "provider_references");
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index);
            ReadProviderReference(ref r, index);
            index++;
        }
        _path.SetIndex(-1);
    }

    private void ReadProviderReference(ref Utf8JsonReader r, int index)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "provider_references");
        _report.ProviderReferences++;
        var offset = _buffer.Offset(ref r);
        string? networks = null, location = null;
        var idLength = -1;
        var record = -1;
        var sawGroups = false;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            var key = TicKeys.Identify(ref r, _report);
            var name = TicKeys.Names[(int)key];
            _path.Push(name);
            _buffer.ReadRequired(ref r);
            switch (key)
            {
                case TicKey.ProviderGroupId:
                    var id = _values.IdBytes(ref r, name);
                    if (id.Length > _id.Length) _id = new byte[Math.Max(id.Length, _id.Length * 2)];
                    id.CopyTo(_id);
                    idLength = id.Length;
                    break;
                case TicKey.NetworkName: networks = _values.CodeList(ref r, name, upper: false).Replace(',', '|'); break;
                case TicKey.Location: location = _values.String(ref r, name); break;
                case TicKey.ProviderGroups:
                    // After in_network the referenced ids are known: groups nobody references are skipped unread. A
                    // second provider_groups in one reference is skipped too (the first is kept).
                    if (record >= 0 || (_inNetworkDone && idLength >= 0 && !IsReferenced(_id.AsSpan(0, idLength)))) { sawGroups = true; _buffer.Skip(ref r); break; }
                    sawGroups = true;
                    _values.Expect(ref r, JsonTokenType.StartArray, name);
                    record = _spill.BeginReference(_buffer.Offset(ref r), index);
                    _buffer.SkipInto(ref r, _spill.Stream);
                    break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (idLength < 0) ThrowHelper.MissingField(_file, "provider_group_id", _path.ToString(), offset);
        if (!sawGroups && location is null) ThrowHelper.MissingField(_file, "provider_groups", _path.ToString(), offset);
        var groupId = _id.AsSpan(0, idLength);
        if (record >= 0) _spill.EndReference(groupId, networks);
        if (_inNetworkDone && !IsReferenced(groupId))
        {
            if (record >= 0) _index.DropRecord(record);
            else if (location is not null) CountUnresolvedRemote();
            return;
        }
        // Without a record the reference had only a location (provider_groups, when present, is always copied).
        if (record < 0)
        {
            record = _spill.RemoteReference(offset, index, groupId, networks, location!);
            _remoteReferences.Add((record, location!));
        }
        _index.SetRecord(_index.Slot(groupId), record);
    }

    private byte[] _id = new byte[64];

    // Spill records of references given only by a remote location: few per file, read before resolving to fetch them together.
    private readonly List<(int Record, string Location)> _remoteReferences = [];
    private int _inlineReferenced;

    private bool IsReferenced(ReadOnlySpan<byte> id) => _index.TryFind(id, out var slot) && _index.IsReferenced(slot);

    private void CountUnresolvedRemote()
    {
        _report.Count(TicOddity.UnresolvedRemoteReference);
        _report.RemoteReferencesUnresolved++;
    }

    private static string InlineId(int item, int rate) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"inline:{item}:{rate}");

    private void ReadProviderGroups(ref Utf8JsonReader r, string id, string? networks, List<TicProviderGroup> into)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "provider_groups");
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index++);
            into.Add(ReadProviderGroup(ref r, id, networks));
        }
        _path.SetIndex(-1);
    }

    private TicProviderGroup ReadProviderGroup(ref Utf8JsonReader r, string id, string? networks)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "provider_groups");
        var offset = _buffer.Offset(ref r);
        string? tinType = null, tinValue = null, business = null;
        var sawNpi = false;
        var sawTin = false;
        _npis.Clear();
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            var key = TicKeys.Identify(ref r, _report);
            var name = TicKeys.Names[(int)key];
            _path.Push(name);
            _buffer.ReadRequired(ref r);
            switch (key)
            {
                case TicKey.Npi:
                    sawNpi = true;
                    ReadNpis(ref r, name);
                    break;
                case TicKey.Tin:
                    sawTin = true;
                    _values.Expect(ref r, JsonTokenType.StartObject, name);
                    while (true)
                    {
                        _buffer.ReadRequired(ref r);
                        if (r.TokenType == JsonTokenType.EndObject) break;
                        var tinKey = TicKeys.Identify(ref r, _report);
                        var tinName = TicKeys.Names[(int)tinKey];
                        _path.Push(tinName);
                        _buffer.ReadRequired(ref r);
                        switch (tinKey)
                        {
                            case TicKey.Type: tinType = _values.Lower(ref r, tinName); break;
                            case TicKey.Value: tinValue = _values.String(ref r, tinName); break;
                            case TicKey.BusinessName: business = _values.String(ref r, tinName); break;
                            default: _buffer.Skip(ref r); break;
                        }
                        _path.Pop();
                    }
                    break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (!sawNpi) ThrowHelper.MissingField(_file, "npi", _path.ToString(), offset);
        if (!sawTin) ThrowHelper.MissingField(_file, "tin", _path.ToString(), offset);
        return new TicProviderGroup(id, networks, [.. _npis], tinType, tinValue, business);
    }

    private void ReadNpis(ref Utf8JsonReader r, string name)
    {
        if (r.TokenType == JsonTokenType.Null) return;
        _values.Expect(ref r, JsonTokenType.StartArray, name);
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index++);
            var npi = _values.IdBytes(ref r, name);
            if (npi is [(byte)'0']) _report.Count(TicOddity.ZeroNpi);
            else _npis.Add(System.Text.Encoding.UTF8.GetString(npi));
        }
        _path.SetIndex(-1);
    }

    /// <summary>
    /// Hands the sink every group a kept rate references, in the order of the spill (the file's order): one pass over
    /// the spill parses the groups of referenced slots and of kept rates' inline groups and skips the rest unparsed;
    /// remote references are read through the lookup when one is given, which first gets every location kept rates need
    /// at once (so it can fetch them together).
    /// </summary>
    private void ResolveGroups(CancellationToken cancellationToken)
    {
        _report.GroupsReferenced = _index.Referenced + _inlineReferenced;
        PrepareRemoteReferences(cancellationToken);
        if (_spill.Used)
        {
            using var spill = _spill.OpenForReading();
            using var buffer = new JsonBlockBuffer(spill, _file, _path);
            var (outerBuffer, outerValues) = (_buffer, _values);
            _buffer = buffer;
            _values = new TicValueReader(buffer, _report);
            try
            {
                var r = buffer.Start();
                buffer.ReadRequired(ref r); // the spill's "["
                while (true)
                {
                    buffer.ReadRequired(ref r);
                    if (r.TokenType == JsonTokenType.EndArray) break;
                    ResolveRecord(ref r);
                }
            }
            finally
            {
                (_buffer, _values) = (outerBuffer, outerValues);
            }
        }
        for (var slot = 0; slot < _index.Count; slot++)
        {
            if (!_index.IsReferenced(slot) || _index.HasRecord(slot)) continue;
            _report.Count(TicOddity.UnknownGroupReference);
            _report.GroupsUnresolved++;
        }
    }

    private readonly List<TicProviderGroup> _resolved = [];

    /// <summary>Reads one spill record (see <see cref="GroupSpill"/>) and hands its groups to the sink when a kept rate uses them.</summary>
    private void ResolveRecord(ref Utf8JsonReader r)
    {
        long offset = 0;
        int item = -1, rate = -1, position = 0, slot = -1;
        string? id = null, networks = null, location = null;
        var parsed = false;
        _resolved.Clear();
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            // The key's first byte names it (the spill's own keys: k, x, r, l, b); it is taken before the value is read,
            // since a refill may move the bytes under the key's span.
            var key = r.ValueSpan[0];
            _buffer.ReadRequired(ref r);
            switch (key)
            {
                case (byte)'k': slot = _index.SlotOfRecord(r.GetInt32()); break;
                case (byte)'x': item = r.GetInt32(); break;
                case (byte)'r': rate = r.GetInt32(); break;
                case (byte)'l': location = r.GetString(); break;
                case (byte)'b':
                    // The number or item came first: a body no kept rate uses is passed over unparsed.
                    var wanted = item >= 0 ? !_droppedInlineItems.Contains(item) : slot >= 0 && _index.IsReferenced(slot);
                    if (!wanted) { _buffer.Skip(ref r); break; }
                    while (true)
                    {
                        _buffer.ReadRequired(ref r);
                        if (r.TokenType == JsonTokenType.EndObject) break;
                        var field = r.ValueSpan[0]; // o, p, g, id, n
                        _buffer.ReadRequired(ref r);
                        switch (field)
                        {
                            case (byte)'o': offset = r.GetInt64(); break;
                            case (byte)'p': position = r.GetInt32(); break;
                            case (byte)'n': networks = r.GetString(); break;
                            case (byte)'i': id = r.GetString(); break;
                            case (byte)'g':
                                ResolveGroupsOf(ref r, offset, item, rate, position);
                                parsed = true;
                                break;
                            default: _buffer.Skip(ref r); break;
                        }
                    }
                    break;
                default: _buffer.Skip(ref r); break;
            }
        }
        if (item >= 0)
        {
            if (!parsed) return;
            Resolved(InlineId(item, rate), null);
            return;
        }
        if (slot < 0) return; // replaced by a later reference with the same id, or used by no kept rate
        if (location is not null && !parsed)
        {
            if (_index.IsReferenced(slot) && TryReadRemote(id!, location)) // a reference record always has its id
            {
                _report.RemoteReferencesResolved++;
                Resolved(id!, networks);
                return;
            }
            CountUnresolvedRemote();
            if (_index.IsReferenced(slot)) _report.GroupsUnresolved++;
            return;
        }
        if (parsed) Resolved(id!, networks);
    }

    /// <summary>Parses a wanted record's copied <c>provider_groups</c> into <see cref="_resolved"/>, reporting errors at
    /// the file's offsets and paths (<paramref name="offset"/> is where the copied bytes began in the file).</summary>
    private void ResolveGroupsOf(ref Utf8JsonReader r, long offset, int item, int rate, int position)
    {
        var shift = offset - _buffer.Offset(ref r);
        _buffer.Rebase(shift);
        if (item >= 0)
        {
            _path.Push("in_network");
            _path.SetIndex(item);
            _path.Push("negotiated_rates");
            _path.SetIndex(rate);
        }
        else
        {
            _path.Push("provider_references");
            _path.SetIndex(position);
        }
        _path.Push("provider_groups");
        ReadProviderGroups(ref r, "", null, _resolved);
        _path.Pop();
        _path.Pop();
        if (item >= 0) _path.Pop();
        _buffer.Rebase(-shift);
    }

    private void Resolved(string id, string? networks)
    {
        _report.GroupsResolved++;
        foreach (var group in _resolved) _sink.OnProviderGroup(group with { GroupId = id, NetworkNames = networks });
    }

    /// <summary>Hands the lookup the locations of the remote references kept rates use, each once.</summary>
    private void PrepareRemoteReferences(CancellationToken cancellationToken)
    {
        if (_providerRefs is null || _remoteReferences.Count == 0) return;
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (record, location) in _remoteReferences)
            if (_index.SlotOfRecord(record) is var slot and >= 0 && _index.IsReferenced(slot)) needed.Add(location);
        if (needed.Count > 0) _providerRefs.Prepare(needed, cancellationToken);
    }

    /// <summary>Reads the groups of a remote reference through the lookup into <see cref="_resolved"/>; false when it has no local copy.</summary>
    private bool TryReadRemote(string id, string location)
    {
        if (_providerRefs is null) return false;
        var local = _providerRefs.LocalFile(location);
        if (local is null) return false;
        using var stream = TicStreams.Open(local, prefetch: false);
        _resolved.Clear();
        _resolved.AddRange(ProviderReferenceReader.Read(local, stream, id));
        return true;
    }
}

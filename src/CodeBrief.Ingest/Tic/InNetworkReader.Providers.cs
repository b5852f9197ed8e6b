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
            _path.SetIndex(index++);
            ReadProviderReference(ref r);
        }
        _path.SetIndex(-1);
    }

    private void ReadProviderReference(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "provider_references");
        _report.ProviderReferences++;
        var offset = _buffer.Offset(ref r);
        string? id = null, networks = null, location = null;
        List<TicProviderGroup>? groups = null;
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
                case TicKey.ProviderGroupId: id = _values.Id(ref r, name); break;
                case TicKey.NetworkName: networks = _values.CodeList(ref r, name, upper: false).Replace(',', '|'); break;
                case TicKey.Location: location = _values.String(ref r, name); break;
                case TicKey.ProviderGroups:
                    sawGroups = true;
                    // After in_network the referenced ids are known: groups nobody references are skipped unread.
                    if (_inNetworkDone && id is not null && !_referenced.Contains(id)) { _buffer.Skip(ref r); break; }
                    groups = [];
                    ReadProviderGroups(ref r, id ?? "", networks, groups);
                    break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (id is null) ThrowHelper.MissingField(_file, "provider_group_id", _path.ToString(), offset);
        if (!sawGroups && location is null) ThrowHelper.MissingField(_file, "provider_groups", _path.ToString(), offset);
        if (_inNetworkDone && !_referenced.Contains(id))
        {
            if (location is not null && groups is null) _report.Count(TicOddity.UnresolvedRemoteReference);
            if (location is not null && groups is null) _report.RemoteReferencesUnresolved++;
            return;
        }
        var entry = new GroupEntry { Location = groups is null ? location : null };
        if (groups is not null)
        {
            // network_name may follow provider_groups in the object; the groups were read before it was known.
            foreach (var g in groups) entry.Groups.Add(g with { GroupId = id, NetworkNames = g.NetworkNames ?? networks });
        }
        _groups[id] = entry;
    }

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
            var npi = _values.Id(ref r, name);
            if (npi == "0") _report.Count(TicOddity.ZeroNpi);
            else _npis.Add(npi);
        }
        _path.SetIndex(-1);
    }

    /// <summary>Hands the sink every group a kept rate references, reading remote references through the lookup when one is given.</summary>
    private void ResolveGroups(CancellationToken cancellationToken)
    {
        _report.GroupsReferenced = _referencedOrder.Count;
        if (_providerRefs is not null)
        {
            var needed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in _referencedOrder)
                if (_groups.TryGetValue(id, out var e) && e.Location is { } location) needed.Add(location);
            if (needed.Count > 0) _providerRefs.Prepare(needed, cancellationToken);
        }
        foreach (var id in _referencedOrder)
        {
            if (!_groups.TryGetValue(id, out var entry))
            {
                _report.Count(TicOddity.UnknownGroupReference);
                _report.GroupsUnresolved++;
                continue;
            }
            if (entry.Location is not null && !TryReadRemote(id, entry))
            {
                _report.GroupsUnresolved++;
                continue;
            }
            _report.GroupsResolved++;
            foreach (var group in entry.Groups) _sink.OnProviderGroup(group);
        }
        // Remote references not used by any kept rate, or not found locally, stay unresolved and are counted.
        foreach (var entry in _groups.Values)
        {
            if (entry.Location is null) continue;
            _report.RemoteReferencesUnresolved++;
            _report.Count(TicOddity.UnresolvedRemoteReference);
        }
    }

    private bool TryReadRemote(string id, GroupEntry entry)
    {
        if (_providerRefs is null || entry.Location is null) return false;
        var local = _providerRefs.LocalFile(entry.Location);
        if (local is null) return false;
        using var stream = TicStreams.Open(local, prefetch: false);
        var groups = ProviderReferenceReader.Read(local, stream, id);
        entry.Groups.AddRange(groups);
        entry.Location = null;
        _report.RemoteReferencesResolved++;
        return true;
    }
}

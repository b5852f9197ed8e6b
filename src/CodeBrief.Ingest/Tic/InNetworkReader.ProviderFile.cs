using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

public sealed partial class InNetworkReader
{
    /// <summary>Reads a 1.x provider-reference file (<c>{"provider_groups": [...]}</c>) with this reader's buffer machinery.</summary>
    internal List<TicProviderGroup> ReadProviderFile(Stream json, string id)
    {
        using var buffer = new JsonBlockBuffer(json, _file, _path);
        _buffer = buffer;
        _values = new TicValueReader(buffer, _report);
        var groups = new List<TicProviderGroup>();
        var r = buffer.Start();
        if (!buffer.Read(ref r)) ThrowHelper.Truncated(_file, "$", 0);
        _values.Expect(ref r, JsonTokenType.StartObject, "$");
        var saw = false;
        while (true)
        {
            buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            var key = TicKeys.Identify(ref r, _report);
            _path.Push(TicKeys.Names[(int)key]);
            buffer.ReadRequired(ref r);
            if (key == TicKey.ProviderGroups)
            {
                ReadProviderGroups(ref r, id, null, groups);
                saw = true;
            }
            else
            {
                buffer.Skip(ref r);
            }
            _path.Pop();
        }
        if (!saw) ThrowHelper.MissingField(_file, "provider_groups", "$", 0);
        return groups;
    }
}

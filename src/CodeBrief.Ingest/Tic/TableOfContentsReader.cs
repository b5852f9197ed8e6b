using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

/// <summary>Reads a table-of-contents (index) file with the same streaming buffer as the rate files.</summary>
public sealed class TableOfContentsReader
{
    private readonly string _file;
    private readonly JsonPathStack _path = new();
    private readonly TicIngestReport _report = new();
    private JsonBlockBuffer _buffer = null!; // set at the start of Read
    private TicValueReader _values = null!; // set at the start of Read

    /// <summary>Creates a reader; <paramref name="file"/> names the file in messages.</summary>
    public TableOfContentsReader(string file) => _file = file;

    /// <summary>Reads the file at <paramref name="path"/> (plain, .gz or .zip).</summary>
    public static TableOfContents ReadFile(string path)
    {
        using var stream = TicStreams.Open(path, prefetch: false);
        return new TableOfContentsReader(Path.GetFileName(path)).Read(stream);
    }

    /// <summary>Reads decompressed JSON.</summary>
    public TableOfContents Read(Stream json)
    {
        using var buffer = new JsonBlockBuffer(json, _file, _path, 1 << 16);
        _buffer = buffer;
        _values = new TicValueReader(buffer, _report);
        var r = buffer.Start();
        if (!buffer.Read(ref r)) ThrowHelper.Truncated(_file, "$", 0);
        if (r.TokenType != JsonTokenType.StartObject) ThrowHelper.UnknownFormat(_file, "expected a JSON object at the root of a table-of-contents file");
        string? entity = null, type = null, updated = null, version = null;
        List<TocStructure>? structures = null;
        while (true)
        {
            buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            var key = TicKeys.Identify(ref r, _report);
            var name = TicKeys.Names[(int)key];
            _path.Push(name);
            buffer.ReadRequired(ref r);
            switch (key)
            {
                case TicKey.ReportingEntityName: entity = _values.String(ref r, name); break;
                case TicKey.ReportingEntityType: type = _values.String(ref r, name); break;
                case TicKey.LastUpdatedOn: updated = _values.Date(ref r, name); break;
                case TicKey.Version: version = _values.String(ref r, name); break;
                case TicKey.ReportingStructure: structures = ReadStructures(ref r); break;
                default: buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (structures is null) ThrowHelper.MissingField(_file, "reporting_structure", "$", buffer.Offset(ref r));
        return new TableOfContents(entity, type, updated, version, structures);
    }

    private List<TocStructure> ReadStructures(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "reporting_structure");
        var list = new List<TocStructure>();
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(list.Count);
            _values.Expect(ref r, JsonTokenType.StartObject, "reporting_structure");
            var plans = new List<TocPlan>();
            var files = new List<TocFile>();
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
                    case TicKey.ReportingPlans:
                        _values.Expect(ref r, JsonTokenType.StartArray, name);
                        while (true)
                        {
                            _buffer.ReadRequired(ref r);
                            if (r.TokenType == JsonTokenType.EndArray) break;
                            _path.SetIndex(plans.Count);
                            plans.Add(ReadPlan(ref r));
                        }
                        break;
                    case TicKey.InNetworkFiles:
                        _values.Expect(ref r, JsonTokenType.StartArray, name);
                        var index = 0;
                        while (true)
                        {
                            _buffer.ReadRequired(ref r);
                            if (r.TokenType == JsonTokenType.EndArray) break;
                            _path.SetIndex(index++);
                            files.Add(ReadFileRef(ref r, "in-network"));
                        }
                        break;
                    case TicKey.AllowedAmountFile:
                        if (r.TokenType == JsonTokenType.Null) break;
                        if (r.TokenType != JsonTokenType.StartArray)
                        {
                            files.Add(ReadFileRef(ref r, "allowed-amount"));
                            break;
                        }
                        // Some publishers (BCBS Texas) give an array here although the schema says one object.
                        _report.Count(TicOddity.ShapeVariant);
                        while (true)
                        {
                            _buffer.ReadRequired(ref r);
                            if (r.TokenType == JsonTokenType.EndArray) break;
                            files.Add(ReadFileRef(ref r, "allowed-amount"));
                        }
                        break;
                    default: _buffer.Skip(ref r); break;
                }
                _path.Pop();
            }
            list.Add(new TocStructure(list.Count, plans, files));
        }
        return list;
    }

    private TocPlan ReadPlan(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "reporting_plans");
        string? plan = null, idType = null, id = null, market = null, issuer = null;
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
                case TicKey.PlanName: plan = _values.String(ref r, name); break;
                case TicKey.PlanIdType: idType = _values.Lower(ref r, name); break;
                case TicKey.PlanId: id = _values.String(ref r, name); break;
                case TicKey.PlanMarketType: market = _values.Lower(ref r, name); break;
                case TicKey.IssuerName: issuer = _values.String(ref r, name); break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        return new TocPlan(plan, idType, id, market, issuer);
    }

    private TocFile ReadFileRef(ref Utf8JsonReader r, string kind)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, kind);
        var offset = _buffer.Offset(ref r);
        string? description = null, location = null;
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
                case TicKey.Description: description = _values.String(ref r, name); break;
                case TicKey.Location: location = _values.String(ref r, name); break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (location is null) ThrowHelper.MissingField(_file, "location", _path.ToString(), offset);
        return new TocFile(kind, description, location);
    }
}

using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Streams a Transparency-in-Coverage in-network-rates file (schema 1.x or 2.x) into an <see cref="ITicSink"/>:
/// items outside the <see cref="CodeFilter"/> are skipped without materialising their rates, and only the provider
/// groups that kept rates reference are resolved.
/// </summary>
/// <remarks>
/// Memory: one pooled buffer (1 MiB, doubled only for a token larger than half of it) and a slot of about 37 bytes per
/// provider group id (<see cref="GroupIndex"/>). Provider groups, whether in <c>provider_references</c> before or after
/// <c>in_network</c> or inline in a rate, are copied unparsed to a temporary file (<see cref="GroupSpill"/>) and parsed at
/// the end only when a kept rate uses them, so memory does not grow with the number or size of the groups. Errors are
/// <see cref="CodeBrief.Core.Errors.InputFormatException"/> with the JSON path and decompressed byte offset.
/// One instance reads one file; not thread-safe.
/// </remarks>
public sealed partial class InNetworkReader
{
    private readonly string _file;
    private readonly CodeFilter _filter;
    private readonly ITicSink _sink;
    private readonly IProviderReferenceLookup? _providerRefs;
    private readonly TicIngestReport _report = new();
    private readonly JsonPathStack _path = new();
    private readonly TicItem _item = new();
    private readonly TicNegotiatedRate _rate = new();
    private readonly List<PendingRate> _pending = [];
    private readonly GroupIndex _index = new();
    private readonly List<int> _rateSlots = [];
    private readonly HashSet<int> _droppedInlineItems = [];
    private GroupSpill _spill = null!; // set at the start of Read, before any use
    private bool _inNetworkDone;
    private TicValueReader _values = null!; // set at the start of Read, before any use
    private JsonBlockBuffer _buffer = null!; // set at the start of Read, before any use

    /// <summary>A rate read before its item's billing code; <see cref="Slots"/> holds -1 for an inline group.</summary>
    private sealed record PendingRate(int Index, string[] GroupIds, int[] Slots, TicPrice[] Prices);

    /// <summary>Creates a reader for one file.</summary>
    /// <param name="file">The file name used in messages and facts.</param>
    /// <param name="filter">The codes to keep.</param>
    /// <param name="sink">Receives the facts.</param>
    /// <param name="providerRefsFolder">A folder holding provider-reference files named as the last segment of their
    /// <c>location</c> URL; null to report remote references as unresolved.</param>
    public InNetworkReader(string file, CodeFilter filter, ITicSink sink, string? providerRefsFolder = null)
        : this(file, filter, sink, providerRefsFolder is null ? null : new FolderProviderReferences(providerRefsFolder))
    {
    }

    /// <summary>Creates a reader for one file whose remote provider references are found through <paramref name="providerReferences"/>.</summary>
    /// <param name="file">The file name used in messages and facts.</param>
    /// <param name="filter">The codes to keep.</param>
    /// <param name="sink">Receives the facts.</param>
    /// <param name="providerReferences">Finds local copies of remote <c>location</c> references; null reports them as unresolved.</param>
    public InNetworkReader(string file, CodeFilter filter, ITicSink sink, IProviderReferenceLookup? providerReferences)
    {
        _file = file;
        _filter = filter;
        _sink = sink;
        _providerRefs = providerReferences;
    }

    /// <summary>Reads the whole stream (decompressed JSON) and returns what was seen.</summary>
    public TicIngestReport Read(Stream json, CancellationToken cancellationToken = default)
    {
        using var spill = new GroupSpill();
        _spill = spill;
        using var buffer = new JsonBlockBuffer(json, _file, _path);
        _buffer = buffer;
        _values = new TicValueReader(buffer, _report);
        var r = buffer.Start();
        if (!buffer.Read(ref r)) ThrowHelper.Truncated(_file, "$", 0);
        if (r.TokenType != JsonTokenType.StartObject) ThrowHelper.UnknownFormat(_file, "expected a JSON object at the root of an in-network-rates file");
        var header = ReadRoot(ref r, cancellationToken);
        if (buffer.Read(ref r)) ThrowHelper.MalformedJson(_file, "$", buffer.Offset(ref r), "data after the root object", null);
        _report.Bytes = buffer.BytesRead;
        ResolveGroups(cancellationToken);
        _sink.OnHeader(header);
        return _report;
    }

    private TicFileHeader ReadRoot(ref Utf8JsonReader r, CancellationToken ct)
    {
        string? entity = null, entityType = null, issuer = null, plan = null, planIdType = null, planId = null, sponsor = null, market = null, updated = null, version = null;
        var sawInNetwork = false;
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
                case TicKey.InNetwork:
                    ReadInNetwork(ref r, ct);
                    sawInNetwork = true;
                    _inNetworkDone = true;
                    break;
                case TicKey.ProviderReferences: ReadProviderReferences(ref r); break;
                case TicKey.ReportingEntityName: entity = _values.String(ref r, name); break;
                case TicKey.ReportingEntityType: entityType = _values.String(ref r, name); break;
                case TicKey.IssuerName: issuer = _values.String(ref r, name); break;
                case TicKey.PlanName: plan = _values.String(ref r, name); break;
                case TicKey.PlanIdType: planIdType = _values.Lower(ref r, name); break;
                case TicKey.PlanId: planId = _values.String(ref r, name); break;
                case TicKey.PlanSponsorName: sponsor = _values.String(ref r, name); break;
                case TicKey.PlanMarketType: market = _values.Lower(ref r, name); break;
                case TicKey.LastUpdatedOn:
                    updated = _values.Date(ref r, name);
                    if (updated == "2020-08-27") _report.Count(TicOddity.SampleLastUpdatedOn);
                    break;
                case TicKey.Version: version = _values.String(ref r, name); break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (!sawInNetwork) ThrowHelper.MissingField(_file, "in_network", "$", _buffer.Offset(ref r));
        return new TicFileHeader(entity, entityType, issuer, plan, planIdType, planId, sponsor, market, updated, version);
    }

    private void ReadInNetwork(ref Utf8JsonReader r, CancellationToken ct)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "in_network");
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index);
            if ((index & 1023) == 0) ct.ThrowIfCancellationRequested();
            ReadItem(ref r, index);
            index++;
        }
        _path.SetIndex(-1);
    }
}

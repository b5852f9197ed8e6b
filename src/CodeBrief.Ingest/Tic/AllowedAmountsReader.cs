using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

/// <summary>Streams an allowed-amounts (out-of-network) file, keeping the codes of a <see cref="CodeFilter"/>.</summary>
/// <remarks>One instance reads one file; not thread-safe. Facts go to the list handed in, one per billed charge.</remarks>
public sealed class AllowedAmountsReader(string file, CodeFilter filter)
{
    private readonly JsonPathStack _path = new();
    private readonly TicIngestReport _report = new();
    private readonly List<string> _npis = [];
    private JsonBlockBuffer _buffer = null!; // set at the start of Read
    private TicValueReader _values = null!; // set at the start of Read

    /// <summary>The root fields, once <see cref="Read"/> has run.</summary>
    public TicFileHeader? Header { get; private set; }

    /// <summary>Reads decompressed JSON, adding each kept fact to <paramref name="into"/>; returns the counts (items, skipped).</summary>
    public TicIngestReport Read(Stream json, ICollection<TicAllowedAmount> into)
    {
        using var buffer = new JsonBlockBuffer(json, file, _path);
        _buffer = buffer;
        _values = new TicValueReader(buffer, _report);
        var r = buffer.Start();
        if (!buffer.Read(ref r)) ThrowHelper.Truncated(file, "$", 0);
        if (r.TokenType != JsonTokenType.StartObject) ThrowHelper.UnknownFormat(file, "expected a JSON object at the root of an allowed-amounts file");
        var saw = false;
        string? entity = null, entityType = null, plan = null, planIdType = null, planId = null, market = null, updated = null, version = null;
        while (true)
        {
            buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            var key = TicKeys.Identify(ref r, _report);
            var name = TicKeys.Names[(int)key];
            _path.Push(name);
            buffer.ReadRequired(ref r);
            if (key == TicKey.ReportingEntityName) entity = _values.String(ref r, name);
            else if (key == TicKey.ReportingEntityType) entityType = _values.String(ref r, name);
            else if (key == TicKey.PlanName) plan = _values.String(ref r, name);
            else if (key == TicKey.PlanIdType) planIdType = _values.Lower(ref r, name);
            else if (key == TicKey.PlanId) planId = _values.String(ref r, name);
            else if (key == TicKey.PlanMarketType) market = _values.Lower(ref r, name);
            else if (key == TicKey.LastUpdatedOn) updated = _values.Date(ref r, name);
            else if (key == TicKey.Version) version = _values.String(ref r, name);
            else if (key == TicKey.OutOfNetwork)
            {
                saw = true;
                _values.Expect(ref r, JsonTokenType.StartArray, "out_of_network");
                var index = 0;
                while (true)
                {
                    buffer.ReadRequired(ref r);
                    if (r.TokenType == JsonTokenType.EndArray) break;
                    _path.SetIndex(index);
                    ReadItem(ref r, index++, into);
                }
            }
            else buffer.Skip(ref r);
            _path.Pop();
        }
        if (!saw) ThrowHelper.MissingField(file, "out_of_network", "$", buffer.Offset(ref r));
        _report.Bytes = buffer.BytesRead;
        Header = new TicFileHeader(entity, entityType, null, plan, planIdType, planId, null, market, updated, version);
        return _report;
    }

    private void ReadItem(ref Utf8JsonReader r, int index, ICollection<TicAllowedAmount> into)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "out_of_network");
        _report.Items++;
        string code = "", type = "";
        var keep = true;
        var start = into.Count;
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
                case TicKey.BillingCode:
                    code = _values.RequiredString(ref r, name).Trim().ToUpperInvariant();
                    keep = filter.Keeps(code.AsSpan());
                    break;
                case TicKey.BillingCodeType: type = (_values.String(ref r, name) ?? "").ToUpperInvariant(); break;
                case TicKey.AllowedAmounts:
                    if (!keep) { _buffer.Skip(ref r); break; }
                    ReadAllowedAmounts(ref r, index, into);
                    break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (!keep)
        {
            _report.ItemsSkipped++;
            while (into.Count > start && into is IList<TicAllowedAmount> list) list.RemoveAt(list.Count - 1);
            return;
        }
        // billing_code may follow allowed_amounts; the facts were read with an empty code and are completed here.
        if (into is IList<TicAllowedAmount> facts)
            for (var i = start; i < facts.Count; i++) facts[i] = facts[i] with { BillingCode = code, BillingCodeType = type };
    }

    private void ReadAllowedAmounts(ref Utf8JsonReader r, int index, ICollection<TicAllowedAmount> into)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "allowed_amounts");
        var i = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(i++);
            _values.Expect(ref r, JsonTokenType.StartObject, "allowed_amounts");
            string? tinType = null, tinValue = null, billingClass = null, setting = null;
            string serviceCodes = "";
            var payments = new List<(string Amount, string Modifiers, List<(string? Charge, string Npis)> Providers)>();
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
                    case TicKey.Tin:
                        _values.Expect(ref r, JsonTokenType.StartObject, name);
                        while (true)
                        {
                            _buffer.ReadRequired(ref r);
                            if (r.TokenType == JsonTokenType.EndObject) break;
                            var k = TicKeys.Identify(ref r, _report);
                            _buffer.ReadRequired(ref r);
                            if (k == TicKey.Type) tinType = _values.Lower(ref r, "type");
                            else if (k == TicKey.Value) tinValue = _values.String(ref r, "value");
                            else _buffer.Skip(ref r);
                        }
                        break;
                    case TicKey.ServiceCode: serviceCodes = _values.CodeList(ref r, name, upper: true); break;
                    case TicKey.BillingClass: billingClass = _values.Lower(ref r, name); break;
                    case TicKey.Setting: setting = _values.Lower(ref r, name); break;
                    case TicKey.Payments: ReadPayments(ref r, payments); break;
                    default: _buffer.Skip(ref r); break;
                }
                _path.Pop();
            }
            foreach (var (amount, modifiers, providers) in payments)
            {
                if (providers.Count == 0) into.Add(new TicAllowedAmount(index, "", "", tinType, tinValue, serviceCodes, billingClass, setting, amount, modifiers, null, ""));
                foreach (var (charge, npis) in providers)
                    into.Add(new TicAllowedAmount(index, "", "", tinType, tinValue, serviceCodes, billingClass, setting, amount, modifiers, charge, npis));
            }
        }
        _path.SetIndex(-1);
    }

    private void ReadPayments(ref Utf8JsonReader r, List<(string, string, List<(string?, string)>)> payments)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "payments");
        var i = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(i++);
            _values.Expect(ref r, JsonTokenType.StartObject, "payments");
            var offset = _buffer.Offset(ref r);
            string? amount = null;
            var modifiers = "";
            var providers = new List<(string?, string)>();
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
                    case TicKey.AllowedAmount: amount = _values.RateText(ref r, name); break;
                    case TicKey.BillingCodeModifier: modifiers = _values.CodeList(ref r, name, upper: true); break;
                    case TicKey.Providers: ReadProviders(ref r, providers); break;
                    default: _buffer.Skip(ref r); break;
                }
                _path.Pop();
            }
            if (amount is null) ThrowHelper.MissingField(file, "allowed_amount", _path.ToString(), offset);
            payments.Add((amount, modifiers, providers));
        }
        _path.SetIndex(-1);
    }

    private void ReadProviders(ref Utf8JsonReader r, List<(string?, string)> providers)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "providers");
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _values.Expect(ref r, JsonTokenType.StartObject, "providers");
            string? charge = null;
            _npis.Clear();
            while (true)
            {
                _buffer.ReadRequired(ref r);
                if (r.TokenType == JsonTokenType.EndObject) break;
                var key = TicKeys.Identify(ref r, _report);
                _buffer.ReadRequired(ref r);
                if (key == TicKey.BilledCharge) charge = _values.RateText(ref r, "billed_charge");
                else if (key == TicKey.Npi && r.TokenType == JsonTokenType.StartArray)
                {
                    while (true)
                    {
                        _buffer.ReadRequired(ref r);
                        if (r.TokenType == JsonTokenType.EndArray) break;
                        _npis.Add(_values.Id(ref r, "npi"));
                    }
                }
                else _buffer.Skip(ref r);
            }
            providers.Add((charge, string.Join(',', _npis)));
        }
    }
}

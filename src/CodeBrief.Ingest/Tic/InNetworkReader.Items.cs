using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

public sealed partial class InNetworkReader
{
    private void ReadItem(ref Utf8JsonReader r, int index)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "in_network");
        _item.Reset(index);
        _pending.Clear();
        _itemHasInline = false;
        _report.Items++;
        var keep = KeepState.Unknown;
        var sawCode = false;
        var sawRates = false;
        var itemOffset = _buffer.Offset(ref r);
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
                case TicKey.NegotiatedRates:
                    sawRates = true;
                    if (keep == KeepState.Skip) { _buffer.Skip(ref r); break; }
                    if (keep == KeepState.Unknown) _report.Count(TicOddity.CodeAfterRates);
                    ReadRates(ref r, emit: keep == KeepState.Keep);
                    break;
                case TicKey.BillingCode:
                    _item.BillingCode = _values.RequiredString(ref r, name);
                    sawCode = true;
                    keep = SplitCodes() ? KeepState.Keep : KeepState.Skip;
                    break;
                case TicKey.BillingCodeType:
                    _item.BillingCodeType = (_values.String(ref r, name) ?? "").ToUpperInvariant();
                    break;
                case TicKey.NegotiationArrangement:
                    _item.Arrangement = (_values.Lower(ref r, name) ?? "ffs") switch
                    {
                        "bundle" => TicArrangement.Bundle,
                        "capitation" => TicArrangement.Capitation,
                        _ => TicArrangement.FeeForService,
                    };
                    break;
                case TicKey.BillingCodeTypeVersion: _item.BillingCodeTypeVersion = _values.String(ref r, name); break;
                case TicKey.Name: _item.Name = keep == KeepState.Skip ? null : _values.String(ref r, name); break;
                case TicKey.Description: _item.Description = keep == KeepState.Skip ? null : _values.String(ref r, name); break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (!sawCode) ThrowHelper.MissingField(_file, "billing_code", _path.ToString(), itemOffset);
        if (!sawRates) ThrowHelper.MissingField(_file, "negotiated_rates", _path.ToString(), itemOffset);
        if (_item.BillingCodeType == "CSTM-ALL" || _item.BillingCode.Equals("CSTM-ALL", StringComparison.OrdinalIgnoreCase))
            _report.Count(TicOddity.CustomAllCode);
        if (keep == KeepState.Skip)
        {
            _report.ItemsSkipped++;
            // Inline groups of rates read before the code are already in the spill; they must not be resolved.
            if (_itemHasInline) _droppedInlineItems.Add(index);
            return;
        }
        foreach (var pending in _pending)
        {
            _rate.Reset(pending.Index);
            _rate.GroupIds.AddRange(pending.GroupIds);
            _rateSlots.Clear();
            _rateSlots.AddRange(pending.Slots);
            _rate.Prices.AddRange(pending.Prices);
            Emit();
        }
    }

    private bool _itemHasInline;

    private enum KeepState { Unknown, Keep, Skip }

    /// <summary>Fills <see cref="TicItem.Codes"/> with the kept codes of the billing code; false when none is kept.</summary>
    private bool SplitCodes()
    {
        var text = _item.BillingCode.AsSpan().Trim();
        if (text.IndexOfAny(", ;|") < 0)
        {
            if (!_filter.Keeps(text)) return false;
            _item.Codes.Add(text.Length == _item.BillingCode.Length && !HasLower(text) ? _item.BillingCode : text.ToString().ToUpperInvariant());
            return true;
        }
        _report.Count(TicOddity.MultiCodeBillingCode);
        foreach (var range in text.SplitAny(", ;|"))
        {
            var code = text[range].Trim();
            if (code.Length > 0 && _filter.Keeps(code)) _item.Codes.Add(code.ToString().ToUpperInvariant());
        }
        return _item.Codes.Count > 0;
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private void ReadRates(ref Utf8JsonReader r, bool emit)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "negotiated_rates");
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index);
            _rate.Reset(index);
            _rateSlots.Clear();
            ReadRate(ref r);
            if (emit) Emit();
            else _pending.Add(new PendingRate(index, [.. _rate.GroupIds], [.. _rateSlots], [.. _rate.Prices]));
            index++;
        }
        _path.SetIndex(-1);
    }

    private void Emit()
    {
        _report.NegotiatedRates++;
        _report.NegotiatedPrices += _rate.Prices.Count;
        if (_item.Arrangement == TicArrangement.Bundle) _report.BundlePrices += _rate.Prices.Count;
        else if (_item.Arrangement == TicArrangement.Capitation) _report.CapitationPrices += _rate.Prices.Count;
        foreach (var slot in _rateSlots)
        {
            if (slot >= 0) _index.Reference(slot);
            else _inlineReferenced++; // each inline group belongs to one rate, so it is counted once
        }
        _sink.OnRate(_item, _rate);
    }

    private void ReadRate(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "negotiated_rates");
        var offset = _buffer.Offset(ref r);
        var sawPrices = false;
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
                case TicKey.NegotiatedPrices:
                    sawPrices = true;
                    ReadPrices(ref r);
                    break;
                case TicKey.ProviderReferences:
                    ReadGroupIdList(ref r, name);
                    break;
                case TicKey.ProviderGroups:
                    // Copied unparsed to the spill and parsed at the end, like the groups of provider_references.
                    _values.Expect(ref r, JsonTokenType.StartArray, name);
                    _spill.BeginInline(_buffer.Offset(ref r), _item.Index, _rate.Index);
                    _buffer.SkipInto(ref r, _spill.Stream);
                    _spill.EndInline();
                    _itemHasInline = true;
                    _rate.GroupIds.Add(InlineId(_item.Index, _rate.Index));
                    _rateSlots.Add(-1);
                    break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (!sawPrices) ThrowHelper.MissingField(_file, "negotiated_prices", _path.ToString(), offset);
    }

    private void ReadGroupIdList(ref Utf8JsonReader r, string name)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, name);
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index++);
            var id = _values.IdBytes(ref r, name);
            var slot = _index.Slot(id);
            _rateSlots.Add(slot);
            _rate.GroupIds.Add(IdText(slot, id));
        }
        _path.SetIndex(-1);
    }

    private void ReadPrices(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartArray, "negotiated_prices");
        var index = 0;
        while (true)
        {
            _buffer.ReadRequired(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            _path.SetIndex(index++);
            _rate.Prices.Add(ReadPrice(ref r));
        }
        _path.SetIndex(-1);
    }

    private TicPrice ReadPrice(ref Utf8JsonReader r)
    {
        _values.Expect(ref r, JsonTokenType.StartObject, "negotiated_prices");
        var offset = _buffer.Offset(ref r);
        string? type = null, expiration = null, billingClass = null, setting = null, info = null;
        decimal? rate = null;
        string serviceCodes = "", modifiers = "";
        var sawExpiration = false;
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
                case TicKey.NegotiatedType: type = _values.Lower(ref r, name); break;
                case TicKey.NegotiatedRate: rate = _values.Rate(ref r, name); break;
                case TicKey.ExpirationDate: expiration = _values.Date(ref r, name); sawExpiration = true; break;
                case TicKey.ServiceCode: serviceCodes = _values.CodeList(ref r, name, upper: true); break;
                case TicKey.BillingClass: billingClass = _values.Lower(ref r, name); break;
                case TicKey.BillingCodeModifier: modifiers = _values.CodeList(ref r, name, upper: true); break;
                case TicKey.Setting: setting = _values.Lower(ref r, name); break;
                case TicKey.AdditionalInformation: info = _values.String(ref r, name); break;
                default: _buffer.Skip(ref r); break;
            }
            _path.Pop();
        }
        if (type is null) ThrowHelper.MissingField(_file, "negotiated_type", _path.ToString(), offset);
        if (rate is null) ThrowHelper.MissingField(_file, "negotiated_rate", _path.ToString(), offset);
        if (billingClass is null) ThrowHelper.MissingField(_file, "billing_class", _path.ToString(), offset);
        if (!sawExpiration) _report.Count(TicOddity.PlaceholderOrOddDate);
        if (type == "percentage")
        {
            _report.Count(TicOddity.PercentageRate);
            if (rate is > 0 and < 1) _report.Count(TicOddity.PercentageAsFraction);
        }
        if (rate <= 0) _report.Count(TicOddity.NonPositiveRate);
        return new TicPrice(type, rate.Value, expiration, billingClass, setting, serviceCodes, modifiers, info);
    }

    private const int IdTextMask = (1 << 14) - 1;
    private readonly string?[] _idText = new string?[IdTextMask + 1];
    private readonly int[] _idTextSlot = new int[IdTextMask + 1];

    /// <summary>
    /// The id's text, the same string for the same slot while it stays in a small direct-mapped cache: rates name the
    /// same groups over and over, and the slot is already known, so this is cheaper than hashing the text in a pool, and
    /// sinks can compare ids by reference.
    /// </summary>
    private string IdText(int slot, ReadOnlySpan<byte> id)
    {
        var i = slot & IdTextMask;
        if (_idTextSlot[i] == slot + 1) return _idText[i]!; // set together with _idTextSlot
        var text = System.Text.Encoding.UTF8.GetString(id);
        _idText[i] = text;
        _idTextSlot[i] = slot + 1;
        return text;
    }
}

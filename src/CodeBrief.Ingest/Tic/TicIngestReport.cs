namespace CodeBrief.Ingest.Tic;

/// <summary>
/// What a read of one TiC file saw: every item, rate and price is counted as kept or skipped, and every oddity is counted.
/// </summary>
/// <remarks>Counts are plain fields so the token loop can bump them without calls. Not thread-safe.</remarks>
public sealed class TicIngestReport
{
    private readonly long[] _oddities = new long[Enum.GetValues<TicOddity>().Length];

    /// <summary><c>in_network</c> items read.</summary>
    public long Items;
    /// <summary>Items skipped by the code filter (their rates are not materialised).</summary>
    public long ItemsSkipped;
    /// <summary><c>negotiated_rates</c> entries in kept items.</summary>
    public long NegotiatedRates;
    /// <summary><c>negotiated_prices</c> entries in kept items.</summary>
    public long NegotiatedPrices;
    /// <summary>Provider references (root <c>provider_references</c> entries) in the file.</summary>
    public long ProviderReferences;
    /// <summary>Provider references that are remote (<c>location</c>) and were not read.</summary>
    public long RemoteReferencesUnresolved;
    /// <summary>Remote references that were read from the local folder.</summary>
    public long RemoteReferencesResolved;
    /// <summary>Distinct group ids referenced by kept rates.</summary>
    public long GroupsReferenced;
    /// <summary>Referenced group ids that resolved to provider groups.</summary>
    public long GroupsResolved;
    /// <summary>Referenced group ids with no NPIs/TINs available (remote and unresolved, or unknown).</summary>
    public long GroupsUnresolved;
    /// <summary>Rates of bundle arrangements (stored, flagged, never in fee-for-service statistics).</summary>
    public long BundlePrices;
    /// <summary>Rates of capitation arrangements (stored, flagged, never in fee-for-service statistics).</summary>
    public long CapitationPrices;
    /// <summary>Decompressed bytes read.</summary>
    public long Bytes;

    /// <summary>Counts one oddity.</summary>
    public void Count(TicOddity oddity) => _oddities[(int)oddity]++;

    /// <summary>Adds <paramref name="n"/> to an oddity count.</summary>
    public void Count(TicOddity oddity, long n) => _oddities[(int)oddity] += n;

    /// <summary>How many times the oddity was seen.</summary>
    public long this[TicOddity oddity] => _oddities[(int)oddity];

    /// <summary>The oddities seen at least once, in enum order.</summary>
    public IReadOnlyList<KeyValuePair<TicOddity, long>> Oddities
    {
        get
        {
            var list = new List<KeyValuePair<TicOddity, long>>();
            for (var i = 0; i < _oddities.Length; i++)
                if (_oddities[i] > 0) list.Add(new((TicOddity)i, _oddities[i]));
            return list;
        }
    }
}

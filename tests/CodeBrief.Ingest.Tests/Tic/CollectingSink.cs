using System.Globalization;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>Records every fact as one line of text so runs can be compared.</summary>
internal sealed class CollectingSink : ITicSink
{
    public List<string> Facts { get; } = [];
    public List<TicProviderGroup> Groups { get; } = [];
    public TicFileHeader? Header { get; private set; }
    public long Prices { get; private set; }

    public void OnRate(TicItem item, TicNegotiatedRate rate)
    {
        foreach (var p in rate.Prices)
        {
            Prices++;
            Facts.Add(string.Join('|', item.Index.ToString(CultureInfo.InvariantCulture), string.Join(',', item.Codes), item.BillingCodeType,
                item.Arrangement, rate.Index.ToString(CultureInfo.InvariantCulture), string.Join(',', rate.GroupIds), p.ToString()));
        }
    }

    public void OnProviderGroup(TicProviderGroup group)
    {
        Groups.Add(group);
        Facts.Add("group|" + group.GroupId + "|" + string.Join(',', group.Npis) + "|" + group.TinType + "|" + group.TinValue + "|" + group.NetworkNames);
    }

    public void OnHeader(TicFileHeader header)
    {
        Header = header;
        Facts.Add("header|" + header);
    }
}

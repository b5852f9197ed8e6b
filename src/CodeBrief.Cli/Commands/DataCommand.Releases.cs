using CodeBrief.Sources;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    /// <summary>
    /// One line per loaded dataset whose current version is older than the newest release <c>data fetch</c> last found on
    /// the publisher's listing page (<see cref="ReleaseLedger"/>); both are read as release months by <see cref="ReleaseDate"/>.
    /// </summary>
    private static void WriteOlderThanKnown(TextWriter output, string home, WarehouseStatusReport report)
    {
        var known = ReleaseLedger.Read(new RawStore(home));
        if (known.Count == 0) return;
        foreach (var d in report.Datasets)
        {
            if (d.Current.Count == 0 || !known.TryGetValue(d.Dataset, out var newest)) continue;
            var loaded = ReleaseDate.Read(d.Version) ?? d.Current.Select(s => ReleaseDate.Read(s.FileName)).Max();
            if (loaded is { } month && month < newest.EffectiveDate)
                output.WriteLine($"older: {d.Dataset} {d.Version} is older than the newest known release {newest.Label} ({newest.EffectiveDate:yyyy-MM}, "
                    + $"found {newest.CheckedAt} on {newest.Listing}); fetch and load it with: codebrief data fetch --only {d.Dataset} && codebrief data load --only {d.Dataset}");
        }
    }
}

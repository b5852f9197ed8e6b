using CodeBrief.Ingest.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Analytics.Benchmarks;

/// <summary>Reads the stored fee-for-service rates of one code and computes benchmarks per payer × stratum.</summary>
/// <remarks>
/// Only <c>arrangement = 'ffs'</c> rows enter: bundle and capitation rates are stored but never benchmarked. A row
/// that collapsed identical duplicates counts once. Groups are keyed per source file (<c>source:group</c>) because
/// group ids are only unique within a file.
/// </remarks>
public static class RateBenchmarkQuery
{
    /// <summary>The benchmarks for <paramref name="code"/>, ordered by payer, then dollar rates before percentage/per-diem, then stratum.</summary>
    public static IReadOnlyList<RateBenchmark> ForCode(SqliteConnection connection, string code, IReadOnlyList<MedicareAmount> medicare)
    {
        code = code.Trim().ToUpperInvariant();
        var rows = new List<(long Source, string Payer, bool Synthetic, RateStratum Stratum, decimal Rate, long Set)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT r.source_id, f.payer, f.is_synthetic, r.billing_class, r.setting, r.pos_set, r.modifiers, r.negotiated_type, r.rate, r.group_set_id
                FROM tic_rates r JOIN tic_files f ON f.source_id = r.source_id
                WHERE r.billing_code = $c AND r.arrangement = 'ffs'
                """;
            command.Parameters.AddWithValue("$c", code);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var stratum = RateStratum.Classify(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7));
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2) != 0, stratum, reader.GetDecimal(8), reader.GetInt64(9)));
            }
        }
        var members = LoadMembers(connection, code, rows.Select(r => r.Source).Distinct());
        var result = new List<RateBenchmark>();
        foreach (var byStratum in rows.GroupBy(r => (r.Payer, r.Stratum)))
        {
            var observations = new List<RateObservation>();
            foreach (var row in byStratum)
            {
                members.TryGetValue((row.Source, row.Set), out var m);
                observations.Add(new RateObservation(row.Rate, m?.Groups ?? [], m?.Npis ?? [], m?.Tins ?? []));
            }
            var stratum = byStratum.Key.Stratum;
            var amount = medicare.FirstOrDefault(x => x.Code.Equals(code, StringComparison.OrdinalIgnoreCase) && x.ModifierGroup == stratum.ModifierGroup);
            var benchmark = BenchmarkCalculator.Compute(code, byStratum.Key.Payer, byStratum.Any(r => r.Synthetic), stratum, observations, amount,
                [.. byStratum.Select(r => r.Source).Distinct().Order()]);
            if (benchmark is not null) result.Add(benchmark);
        }
        return [.. result.OrderBy(b => b.Payer, StringComparer.Ordinal).ThenBy(b => b.Stratum.IsDollarPerService ? 0 : 1)
            .ThenBy(b => b.Stratum.ToString(), StringComparer.Ordinal)];
    }

    private sealed record Members(List<string> Groups, List<string> Npis, List<string> Tins);

    // The group-set subqueries go through the view, which reads tic_rate_dims first by its code index, so only the
    // code's blocks are unpacked.
    private static Dictionary<(long, long), Members> LoadMembers(SqliteConnection connection, string code, IEnumerable<long> sources)
    {
        var result = new Dictionary<(long, long), Members>();
        foreach (var source in sources)
        {
            var groupMembers = new Dictionary<string, (List<string> Npis, List<string> Tins)>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT g.group_id, g.npi, g.tin_value FROM tic_provider_groups g
                    WHERE g.source_id = $s AND g.group_id IN (SELECT group_id FROM tic_group_sets WHERE source_id = $s AND set_id IN
                      (SELECT DISTINCT group_set_id FROM tic_rates WHERE source_id = $s AND billing_code = $c))
                    """;
                command.Parameters.AddWithValue("$s", source);
                command.Parameters.AddWithValue("$c", code);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var id = reader.GetString(0);
                    if (!groupMembers.TryGetValue(id, out var m)) groupMembers[id] = m = ([], []);
                    if (!reader.IsDBNull(1)) m.Npis.Add(reader.GetString(1));
                    if (!reader.IsDBNull(2)) m.Tins.Add(reader.GetString(2));
                }
            }
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT set_id, group_id FROM tic_group_sets WHERE source_id = $s AND set_id IN
                      (SELECT DISTINCT group_set_id FROM tic_rates WHERE source_id = $s AND billing_code = $c)
                    """;
                command.Parameters.AddWithValue("$s", source);
                command.Parameters.AddWithValue("$c", code);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var key = (source, reader.GetInt64(0));
                    if (!result.TryGetValue(key, out var m)) result[key] = m = new Members([], [], []);
                    var group = reader.GetString(1);
                    m.Groups.Add(source.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + group);
                    if (groupMembers.TryGetValue(group, out var gm))
                    {
                        m.Npis.AddRange(gm.Npis);
                        m.Tins.AddRange(gm.Tins);
                    }
                }
            }
        }
        return result;
    }
}

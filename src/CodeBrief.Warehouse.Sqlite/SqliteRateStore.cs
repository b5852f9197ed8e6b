using System.Globalization;
using CodeBrief.Warehouse.Sqlite.Tic;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite;

/// <summary>
/// Payer rates of the SQLite warehouse: with a rate lake (the CLI's default), in-network rates go to the lake and this
/// warehouse keeps the source records; without one, rates are packed in blocks per code and price shape here, read through
/// the <c>tic_rates</c> view. Either way each rate comes with the provider groups it applies to.
/// </summary>
/// <remarks>Only <c>arrangement = 'ffs'</c> rows are returned: bundle and capitation rates are stored but never benchmarked.
/// Groups are keyed per source file (<c>source:group</c>) because group ids are only unique within a file. With a lake,
/// rates a home stored in blocks before it had a lake are still read from the blocks (a source is in one or the other, never
/// both) until the file is ingested again, which moves it to the lake.</remarks>
internal sealed class SqliteRateStore(SqliteConnection connection, bool readOnly, string display, IRateLake? lake = null) : IRateStore
{
    public bool Supported => true;

    public TicLoadResult Ingest(string path, TicLoadOptions options, CancellationToken cancellationToken)
    {
        if (readOnly) throw new InvalidOperationException($"The warehouse at {display} was opened read-only.");
        return TicFileLoader.Load(connection, path, options, cancellationToken, lake);
    }

    public IReadOnlyList<StoredRate> FeeForServiceRates(string code) =>
        lake is null ? BlockRates(code) : [.. lake.FeeForServiceRates(code, LakeSources()), .. BlockRates(code)];

    /// <summary>The registered in-network sources by content hash, as the lake names its files.</summary>
    private Dictionary<string, LakeSource> LakeSources()
    {
        var sources = new Dictionary<string, LakeSource>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.sha256, f.source_id, f.payer, f.is_synthetic FROM tic_files f JOIN sources s ON s.id = f.source_id
            WHERE f.kind = 'in-network'
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read()) sources[reader.GetString(0)] = new LakeSource(reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3) != 0);
        return sources;
    }

    private List<StoredRate> BlockRates(string code)
    {
        var rows = new List<(long Source, string Payer, bool Synthetic, string[] Dims, decimal Rate, long Set)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT r.source_id, f.payer, f.is_synthetic, r.billing_class, r.setting, r.pos_set, r.modifiers, r.negotiated_type, r.rate, r.group_set_id
                FROM tic_rates r JOIN tic_files f ON f.source_id = r.source_id
                WHERE r.billing_code = @code AND r.arrangement = 'ffs'
                """;
            command.Parameters.AddWithValue("@code", code);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2) != 0,
                    [reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)],
                    reader.GetDecimal(8), reader.GetInt64(9)));
        }
        var members = Members(code, rows.Select(r => r.Source).Distinct());
        if (rows.Count == 0) return [];
        return [.. rows.Select(r =>
        {
            members.TryGetValue((r.Source, r.Set), out var m);
            return new StoredRate(r.Source, r.Payer, r.Synthetic, r.Dims[0], r.Dims[1], r.Dims[2], r.Dims[3], r.Dims[4], r.Rate,
                m?.Groups ?? [], m?.Npis ?? [], m?.Tins ?? []);
        })];
    }

    private sealed record GroupMembers(List<string> Groups, List<string> Npis, List<string> Tins);

    // The group-set subqueries go through the view, which reads tic_rate_dims first by its code index, so only the
    // code's blocks are unpacked.
    private Dictionary<(long, long), GroupMembers> Members(string code, IEnumerable<long> sources)
    {
        var result = new Dictionary<(long, long), GroupMembers>();
        foreach (var source in sources)
        {
            var groupMembers = new Dictionary<string, (List<string> Npis, List<string> Tins)>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT g.group_id, g.npi, g.tin_value FROM tic_provider_groups g
                    WHERE g.source_id = @s AND g.group_id IN (SELECT group_id FROM tic_group_sets WHERE source_id = @s AND set_id IN
                      (SELECT DISTINCT group_set_id FROM tic_rates WHERE source_id = @s AND billing_code = @c))
                    """;
                command.Parameters.AddWithValue("@s", source);
                command.Parameters.AddWithValue("@c", code);
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
                    SELECT set_id, group_id FROM tic_group_sets WHERE source_id = @s AND set_id IN
                      (SELECT DISTINCT group_set_id FROM tic_rates WHERE source_id = @s AND billing_code = @c)
                    """;
                command.Parameters.AddWithValue("@s", source);
                command.Parameters.AddWithValue("@c", code);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var key = (source, reader.GetInt64(0));
                    if (!result.TryGetValue(key, out var m)) result[key] = m = new GroupMembers([], [], []);
                    var group = reader.GetString(1);
                    m.Groups.Add(source.ToString(CultureInfo.InvariantCulture) + ":" + group);
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

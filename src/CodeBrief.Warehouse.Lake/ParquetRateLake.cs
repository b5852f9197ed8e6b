using System.Globalization;
using CodeBrief.Core;
using CodeBrief.Warehouse.Tic;
using DuckDB.NET.Data;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// The rate lake: negotiated rates as zstd Parquet files in Hive partitions under one folder (by default the home's
/// <c>lake/</c>), written and read through embedded DuckDB. See <see cref="LakeLayout"/> for the layout.
/// </summary>
/// <remarks>Files are written by Parquet.Net a row group at a time as the reader streams (flat memory); reads take a
/// connection to the process's in-memory DuckDB database per call and name only the files of registered sources, so a file left by a load that
/// failed after its rename (its source never registered) is never read. A file's source is its name: the SHA-256 of the
/// decompressed payer file.</remarks>
public sealed class ParquetRateLake : IRateLake
{
    private readonly LakeLayout _layout;

    /// <summary>A lake rooted at <paramref name="root"/> (created on the first write).</summary>
    public ParquetRateLake(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _layout = new LakeLayout(root);
    }

    /// <inheritdoc />
    public string Root => _layout.Root;

    /// <inheritdoc />
    public IRateLakeFile Begin(string fileName) => new LakeFileWriter(_layout, fileName);

    /// <inheritdoc />
    /// <remarks>A source whose rates lack their <c>rate_dims</c> file was written in the lake's first layout (text on every
    /// rate): it is not held, so the next ingest of the file writes it again in this one.</remarks>
    public bool Holds(string contentSha256) =>
        _layout.FilesOf(LakeLayout.Rates, contentSha256).Any() && _layout.FilesOf(LakeLayout.RateDims, contentSha256).Any();

    /// <inheritdoc />
    public IReadOnlyList<StoredRate> FeeForServiceRates(string code, IReadOnlyDictionary<string, LakeSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var dimsFiles = _layout.FilesOf(LakeLayout.RateDims, sources.Keys);
        var held = dimsFiles.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var rateFiles = _layout.FilesOf(LakeLayout.Rates, held);
        if (rateFiles.Count == 0) return [];
        using var db = LakeSettings.Connect();
        using (var select = db.CreateCommand())
        {
            select.CommandText = $"""
                CREATE TEMP TABLE hit AS
                SELECT r.source_sha256, d.billing_class, d.setting, d.place_of_service, d.modifiers, d.negotiated_type, r.negotiated_rate,
                  r.provider_group_set, r.item_index, r.rate_index, r.price_index
                FROM {Table(rateFiles)} r
                JOIN {Table(dimsFiles)} d ON d.source_sha256 = r.source_sha256 AND d.dims_id = r.dims_id
                WHERE r.billing_code = $code AND d.arrangement = 'ffs'
                """;
            select.Parameters.Add(new DuckDBParameter("code", code));
            select.ExecuteNonQuery();
        }
        var members = Members(db, held);
        var result = new List<StoredRate>();
        using var command = db.CreateCommand();
        command.CommandText = """
            SELECT source_sha256, billing_class, setting, place_of_service, modifiers, negotiated_type, negotiated_rate, provider_group_set
            FROM hit ORDER BY source_sha256, item_index, rate_index, price_index
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var sha = reader.GetString(0);
            if (!sources.TryGetValue(sha, out var source)) continue;
            members.TryGetValue((sha, reader.GetInt32(7)), out var m);
            var prefix = source.SourceId.ToString(CultureInfo.InvariantCulture) + ":";
            // The amount column's fixed scale gives 123.450000 for the file's 123.45.
            result.Add(new StoredRate(source.SourceId, source.Payer, source.IsSynthetic, reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), Decimals.WithoutTrailingZeros(reader.GetDecimal(6)),
                m is null ? [] : [.. m.Groups.Select(g => prefix + g)], m?.Npis ?? [], m?.Tins ?? []));
        }
        return result;
    }

    private sealed record GroupMembers(List<string> Groups, List<string> Npis, List<string> Tins);

    /// <summary>The groups, NPIs and TINs of each (source, group set) the code's rates name.</summary>
    private Dictionary<(string, int), GroupMembers> Members(DuckDBConnection db, IEnumerable<string> shas)
    {
        var result = new Dictionary<(string, int), GroupMembers>();
        var setFiles = _layout.FilesOf(LakeLayout.GroupSets, shas);
        if (setFiles.Count == 0) return result;
        var groupFiles = _layout.FilesOf(LakeLayout.ProviderGroups, shas);
        var groups = groupFiles.Count == 0
            ? "(SELECT NULL::VARCHAR AS source_sha256, NULL::VARCHAR AS group_id, NULL::VARCHAR AS npi, NULL::VARCHAR AS tin_value WHERE false)"
            : Table(groupFiles);
        using var command = db.CreateCommand();
        command.CommandText = $"""
            WITH wanted AS (SELECT DISTINCT source_sha256, provider_group_set FROM hit),
            sets AS (
              SELECT s.source_sha256, s.set_id, s.group_id FROM {Table(setFiles)} s
              JOIN wanted w ON w.source_sha256 = s.source_sha256 AND w.provider_group_set = s.set_id)
            SELECT s.source_sha256, s.set_id, s.group_id, g.npi, g.tin_value
            FROM sets s LEFT JOIN {groups} g ON g.source_sha256 = s.source_sha256 AND g.group_id = s.group_id
            ORDER BY s.source_sha256, s.set_id, s.group_id, g.npi
            """;
        using var reader = command.ExecuteReader();
        string? lastGroup = null;
        (string, int) lastKey = default;
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetInt32(1));
            if (!result.TryGetValue(key, out var m)) result[key] = m = new GroupMembers([], [], []);
            var group = reader.GetString(2);
            if (!(key == lastKey && group == lastGroup)) m.Groups.Add(group);
            (lastKey, lastGroup) = (key, group);
            if (!reader.IsDBNull(3)) m.Npis.Add(reader.GetString(3));
            if (!reader.IsDBNull(4)) m.Tins.Add(reader.GetString(4));
        }
        return result;
    }

    /// <summary>The rows of <paramref name="files"/> with the partition columns and the source (the file's name, its content hash).</summary>
    private static string Table(IEnumerable<string> files) =>
        $"(SELECT *, parse_filename(filename, true) AS source_sha256 FROM read_parquet([{string.Join(", ", files.Select(LakeLayout.Literal))}], hive_partitioning = true, filename = true))";
}

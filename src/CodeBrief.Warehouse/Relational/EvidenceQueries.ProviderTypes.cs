using CodeBrief.Warehouse.Evidence;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class EvidenceQueries
{
    private List<TaxonomyEvidence>? _crosswalk;

    /// <summary>
    /// The provider types that billed <paramref name="code"/> in the newest current "by Provider and Service" file that
    /// has it, most services first (ties by name), each with its NUCC taxonomy codes. Empty when no such file is loaded.
    /// </summary>
    public IReadOnlyList<ProviderTypeEvidence> ProviderTypes(string code)
    {
        const string pickSource = """
            SELECT s.id, s.dataset, s.file_name, s.version FROM sources s
            WHERE s.status = 'current' AND EXISTS (SELECT 1 FROM medicare_util_provider u WHERE u.source_id = s.id AND u.code = @code)
            ORDER BY s.version DESC, s.id DESC LIMIT 1
            """;
        long sourceId;
        SourceRef file;
        using (var command = Command(pickSource, ("@code", code)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return [];
            sourceId = reader.GetInt64(0);
            file = new SourceRef(reader.GetString(1), reader.GetString(2), reader.GetString(3), 0);
        }

        const string rows = """
            SELECT provider_type, npi, services, beneficiaries, avg_allowed FROM medicare_util_provider
            WHERE source_id = @source AND code = @code
            """;
        var totals = new Dictionary<string, Totals>(StringComparer.Ordinal);
        using (var command = Command(rows, ("@source", sourceId), ("@code", code)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var type = reader.GetString(0);
                if (!totals.TryGetValue(type, out var t)) totals[type] = t = new Totals();
                var services = Sql.Decimal(reader, 2)!.Value;
                t.Services += services;
                if (Sql.Decimal(reader, 3) is { } benes) t.Beneficiaries = (t.Beneficiaries ?? 0) + benes;
                t.Allowed += Sql.Decimal(reader, 4)!.Value * services;
                t.Npis.Add(reader.GetString(1));
                t.Rows++;
            }
        }

        var all = totals.Values.Sum(t => t.Services);
        var crosswalk = Crosswalk();
        return totals
            .OrderByDescending(p => p.Value.Services).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ProviderTypeEvidence(p.Key, p.Value.Services, p.Value.Beneficiaries, p.Value.Allowed,
                p.Value.Npis.Count, all == 0 ? 0 : Math.Round(p.Value.Services / all, 4, MidpointRounding.AwayFromZero),
                Taxonomies(p.Key, crosswalk), file, p.Value.Rows))
            .ToList();
    }

    /// <summary>The crosswalk rows of one Medicare specialty code, distinct by taxonomy code, from the crosswalk read once per instance.</summary>
    public IReadOnlyList<TaxonomyEvidence> TaxonomiesOfSpecialty(string specialtyCode) =>
        Crosswalk().Where(x => x.MedicareSpecialtyCode == specialtyCode).DistinctBy(x => x.Code).ToList();

    private static List<TaxonomyEvidence> Taxonomies(string providerType, List<TaxonomyEvidence> crosswalk)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TaxonomyEvidence>();
        foreach (var row in crosswalk)
            if (ProviderTypeMatcher.Matches(providerType, row.MedicareSpecialty) && seen.Add(row.Code))
                result.Add(row);
        return result;
    }

    /// <summary>The current crosswalk rows whose taxonomy code is in the current NUCC file, read once per instance.</summary>
    private List<TaxonomyEvidence> Crosswalk()
    {
        if (_crosswalk is not null) return _crosswalk;
        const string sql = """
            SELECT x.specialty_code, x.specialty_desc, x.taxonomy_code, xs.dataset, xs.file_name, xs.version, x.row,
                   n.display_name, n.classification, n.specialization, ns.dataset, ns.file_name, ns.version, n.row
            FROM specialty_taxonomy x
            JOIN sources xs ON xs.id = x.source_id AND xs.status = 'current'
            JOIN nucc_taxonomy n ON n.code = x.taxonomy_code
            JOIN sources ns ON ns.id = n.source_id AND ns.status = 'current'
            WHERE x.specialty_desc IS NOT NULL
            ORDER BY x.source_id, x.row, n.row
            """;
        var result = new List<TaxonomyEvidence>();
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var specialty = Sql.TextOrNull(reader, 7)
                ?? string.Join(", ", new[] { Sql.TextOrNull(reader, 8), Sql.TextOrNull(reader, 9) }.Where(s => !string.IsNullOrEmpty(s)));
            result.Add(new TaxonomyEvidence(reader.GetString(2), specialty, Sql.TextOrNull(reader, 0),
                reader.GetString(1).Trim(),
                new SourceRef(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt64(6)),
                new SourceRef(reader.GetString(10), reader.GetString(11), reader.GetString(12), reader.GetInt64(13))));
        }
        return _crosswalk = result;
    }

    private sealed class Totals
    {
        public decimal Services;
        public decimal? Beneficiaries;
        public decimal Allowed;
        public int Rows;
        public HashSet<string> Npis { get; } = new(StringComparer.Ordinal);
    }
}

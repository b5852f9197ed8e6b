using CodeBrief.Warehouse.Evidence;
using System.Data.Common;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Relational;

/// <summary>
/// Reads the evidence tables (<c>Schema/evidence.sql</c>) for one procedure code: which provider types bill it and their
/// NUCC taxonomy codes, which ICD-10-CM diagnoses coverage articles or the user's crosswalk relate to it, and its
/// national Medicare utilization. Only rows of sources whose status is <c>current</c> are used.
/// </summary>
/// <remarks>
/// Every query is parameterised. Amounts are read from invariant TEXT into <see cref="decimal"/> and added in C#, not in
/// SQL, so sums stay exact. Codes are passed as stored: CPT/HCPCS upper case. Not thread safe (it uses one connection);
/// the connection must be open.
/// </remarks>
internal sealed partial class EvidenceQueries(DbConnection connection) : IEvidenceStore
{
    /// <summary>
    /// National utilization of <paramref name="code"/> from every current "by Geography and Service" file, newest data
    /// year first, then facility (F) before office (O).
    /// </summary>
    public IReadOnlyList<UtilizationEvidence> NationalUtilization(string code)
    {
        const string sql = """
            SELECT s.version, g.place_of_service, g.services, g.beneficiaries, g.avg_allowed, g.providers,
                   s.dataset, s.file_name, g.row
            FROM medicare_util_geo g JOIN sources s ON s.id = g.source_id AND s.status = 'current'
            WHERE g.code = @code AND g.geo_level = 'National'
            ORDER BY s.version DESC, g.place_of_service, g.row
            """;
        var result = new List<UtilizationEvidence>();
        using var command = Command(sql, ("@code", code));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new UtilizationEvidence(reader.GetString(0), reader.GetString(1), Sql.Decimal(reader, 2)!.Value,
                Sql.Decimal(reader, 3), Sql.Decimal(reader, 4)!.Value, Sql.Decimal(reader, 5),
                new SourceRef(reader.GetString(6), reader.GetString(7), reader.GetString(0), reader.GetInt64(8))));
        return result;
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => Sql.Command(connection, null, sql, parameters);
}

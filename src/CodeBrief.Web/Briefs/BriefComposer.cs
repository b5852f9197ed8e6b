using System.Globalization;
using System.Text;
using System.Text.Json;
using CodeBrief.Core.Codes;
using CodeBrief.Render.Site;
using CodeBrief.Web.Data;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Web.Briefs;

/// <summary>
/// Builds the site content of one code. Interim: until the dossier and brief renderers are merged it shows the
/// descriptors of every loaded file, the CLFS national limit and the NCCI add-on pairs, each with its source row.
/// </summary>
public static class BriefComposer
{
    /// <summary>The content for <paramref name="code"/>, or null when no loaded source has it.</summary>
    public static BriefContent? Compose(SqliteConnection connection, HcpcsCode code)
    {
        var shown = CodeCatalog.Find(connection, code);
        if (shown is null) return null;
        var related = AddOnPairs(connection, code);
        decimal? clfs = null;
        string clfsSource = "";
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT c.rate, s.file_name, s.version, c.row FROM clfs c JOIN sources s ON s.id = c.source_id WHERE s.status = 'current' AND c.code = @code AND c.modifier = '' AND c.rate IS NOT NULL LIMIT 1";
            command.Parameters.AddWithValue("@code", code.Value);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                clfs = reader.GetDecimal(0);
                clfsSource = $"{reader.GetString(1)} ({reader.GetString(2)}), row {reader.GetInt64(3).ToString(CultureInfo.InvariantCulture)}";
            }
        }

        var body = new StringBuilder();
        body.Append("<article class=\"brief\"><h1>").Append(SitePage.Encode(code.Value)).Append(" — ").Append(SitePage.Encode(shown.Descriptor)).Append("</h1>\n")
            .Append("<p class=\"source\">Descriptor source: ").Append(SitePage.Encode(shown.Source)).Append("</p>\n")
            .Append("<h2>Medicare</h2>\n<table><thead><tr><th scope=\"col\">Fee schedule</th><th scope=\"col\">Amount</th><th scope=\"col\">Source</th></tr></thead><tbody>")
            .Append("<tr><td>CLFS national limit</td><td>").Append(SitePage.Encode(clfs is { } c ? new Core.Money(c).ToString() : Core.Provenance.NotAvailable.Text))
            .Append("</td><td>").Append(SitePage.Encode(clfsSource)).Append("</td></tr></tbody></table>\n</article>");

        var json = JsonSerializer.Serialize(new
        {
            code = code.Value,
            code_type = code.Type.ToString(),
            descriptor = new { text = shown.Descriptor, source = shown.Source },
            related_codes = related.Select(r => new { code = r.Code, descriptor = r.Descriptor, relationship = "NCCI add-on pair", source = r.Source }),
            medicare = new { clfs_national_limit = clfs },
        });
        return new BriefContent(code.Value, $"{code.Value} {shown.Descriptor}", body.ToString(), json, "{\"code\":\"" + code.Value + "\",\"payers\":[]}", null, related);
    }

    private static List<CodeHit> AddOnPairs(SqliteConnection connection, HcpcsCode code)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT CASE WHEN a.addon_code = @code THEN a.primary_code ELSE a.addon_code END, s.file_name, s.version, a.row
            FROM ncci_addon a JOIN sources s ON s.id = a.source_id
            WHERE s.status = 'current' AND (a.addon_code = @code OR a.primary_code = @code) ORDER BY 1 LIMIT 50
            """;
        command.Parameters.AddWithValue("@code", code.Value);
        var rows = new List<(string Code, string Source)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetString(0), $"{reader.GetString(1)} ({reader.GetString(2)}), row {reader.GetInt64(3).ToString(CultureInfo.InvariantCulture)}"));
        var hits = new List<CodeHit>();
        foreach (var (other, source) in rows)
            if (HcpcsCode.TryParse(other, out var otherCode) && CodeCatalog.Find(connection, otherCode) is { } found)
                hits.Add(found with { Source = source });
        return hits;
    }
}

using System.Data.Common;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier.Queries;
using Dapper;

namespace CodeBrief.Dossier.Reference;

/// <summary>Looks up an ICD-10-CM code, a NUCC taxonomy code or a modifier in the warehouse.</summary>
public sealed class ReferenceLookup
{
    private readonly DbConnection _db;
    private readonly SourceCatalog _sources;

    /// <summary>Creates a lookup over an open warehouse connection.</summary>
    public ReferenceLookup(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection;
        _sources = new SourceCatalog(connection);
    }

    /// <summary>The ICD-10-CM entry, or null when the loaded file lacks the code.</summary>
    public IcdEntry? Icd(IcdCode code)
    {
        using var r = _db.ExecuteReader("SELECT * FROM icd10cm WHERE code = @code ORDER BY row LIMIT 1", new { code = code.Value });
        return r.Read() ? new IcdEntry(code.Display, Cells.Text(r, "description"), Cells.Long(r, "billable") != 0, _sources.Ref(r)) : null;
    }

    /// <summary>The NUCC entry, or null when the loaded file lacks the code.</summary>
    public TaxonomyEntry? Taxonomy(TaxonomyCode code)
    {
        using var r = _db.ExecuteReader("SELECT * FROM nucc_taxonomy WHERE code = @code ORDER BY row LIMIT 1", new { code = code.Value });
        return r.Read()
            ? new TaxonomyEntry(code.Value, Cells.Text(r, "grouping"), Cells.Text(r, "classification"), Cells.Text(r, "specialization"),
                Cells.Text(r, "display_name"), Cells.Text(r, "section"), Cells.Text(r, "definition"), _sources.Ref(r))
            : null;
    }

    /// <summary>The modifier entry, or null when neither the modifier list nor any PFS/CLFS row has it.</summary>
    public ModifierEntry? Modifier(ModifierCode code)
    {
        var pfs = _db.ExecuteScalar<long>("SELECT COUNT(*) FROM pfs_rvu WHERE modifier = @m", new { m = code.Value });
        var clfs = _db.ExecuteScalar<long>("SELECT COUNT(*) FROM clfs WHERE modifier = @m", new { m = code.Value });
        using var r = _db.ExecuteReader("SELECT * FROM modifiers WHERE code = @m ORDER BY row LIMIT 1", new { m = code.Value });
        if (r.Read())
            return new ModifierEntry(code.Value, Cells.TextOrNull(r, "long_desc"), Cells.TextOrNull(r, "short_desc"), _sources.Ref(r), pfs, clfs);
        return pfs + clfs > 0 ? new ModifierEntry(code.Value, null, null, null, pfs, clfs) : null;
    }
}

using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Dossier.Facts;
using CodeBrief.Dossier.Queries;
using Dapper;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    private IReadOnlyList<GpciLocality> ReadGpci()
    {
        var list = new List<GpciLocality>();
        using var r = _db.ExecuteReader("SELECT * FROM pfs_gpci ORDER BY source_id, row");
        while (r.Read())
            list.Add(new GpciLocality(Cells.Text(r, "mac"), Cells.Text(r, "state"), Cells.Text(r, "locality"), Cells.Text(r, "locality_name"),
                Cells.Decimal(r, "pw_gpci") ?? 0m, Cells.Decimal(r, "pe_gpci") ?? 0m, Cells.Decimal(r, "mp_gpci") ?? 0m, _sources.Ref(r)));
        return list;
    }

    private string[] ReadAllCodes() =>
        _db.Query<string>("SELECT code FROM pfs_rvu UNION SELECT code FROM clfs UNION SELECT code FROM hcpcs_codes")
            .Select(c => c.Trim().ToUpperInvariant()).Where(c => HcpcsCode.TryParse(c, out _)).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>HCPCS Level II codes the file gives a termination date: retired, or retiring at the end of the release.</summary>
    private HashSet<string> ReadCodesWithTermDate() =>
        _db.Query<string>("SELECT code FROM hcpcs_codes WHERE term_date IS NOT NULL AND trim(term_date) <> ''")
            .Select(c => c.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private HcpcsLevelIIFact? ReadLevelII(string code)
    {
        using var r = _db.ExecuteReader("SELECT * FROM hcpcs_codes WHERE code = @code ORDER BY row LIMIT 1", new { code });
        if (!r.Read()) return null;
        return new HcpcsLevelIIFact(code, Cells.Text(r, "long_desc"), Cells.Text(r, "short_desc"), Cells.TextOrNull(r, "coverage"),
            Cells.TextOrNull(r, "betos"), Cells.TextOrNull(r, "tos"), Cells.TextOrNull(r, "add_date"), Cells.TextOrNull(r, "eff_date"),
            Cells.TextOrNull(r, "term_date"), Cells.TextOrNull(r, "action_cd"), _sources.Ref(r));
    }

    private List<PfsEntry> ReadPfs(string code)
    {
        var rows = new List<PfsRvuRow>();
        using (var r = _db.ExecuteReader("SELECT * FROM pfs_rvu WHERE code = @code ORDER BY modifier, row", new { code }))
        {
            while (r.Read())
                rows.Add(new PfsRvuRow(code, Cells.Text(r, "modifier"), Cells.Text(r, "description"), Cells.Text(r, "status"),
                    Cells.Decimal(r, "work_rvu"), Cells.Decimal(r, "nf_pe_rvu"), IsNa(Cells.Text(r, "nf_na_ind")),
                    Cells.Decimal(r, "f_pe_rvu"), IsNa(Cells.Text(r, "f_na_ind")), Cells.Decimal(r, "mp_rvu"),
                    Cells.Decimal(r, "nf_total"), Cells.Decimal(r, "f_total"), Cells.Text(r, "pctc_ind"), Cells.Text(r, "glob_days"),
                    Cells.Text(r, "mult_proc"), Cells.Text(r, "bilat_surg"), Cells.Text(r, "asst_surg"), Cells.Text(r, "co_surg"),
                    Cells.Text(r, "team_surg"), Cells.Decimal(r, "conv_factor"), _sources.Ref(r)));
        }
        return rows.Select(row => new PfsEntry(row.Modifier, row, PfsIndicators.Status(row.Status), PfsIndicators.Pctc(row.PctcIndicator),
            PfsIndicators.GlobalDays(row.GlobalDays), PfsIndicators.MultipleProcedure(row.MultipleProcedure),
            PfsIndicators.Bilateral(row.BilateralSurgery), PfsIndicators.AssistantSurgery(row.AssistantSurgery),
            PfsIndicators.CoSurgery(row.CoSurgery), PfsIndicators.TeamSurgery(row.TeamSurgery),
            PfsPaymentCalculator.Price(row, _gpci.Value))).ToList();
    }

    private static bool IsNa(string indicator) => indicator.Equals("NA", StringComparison.OrdinalIgnoreCase);

    private List<ClfsRow> ReadClfs(string code)
    {
        var list = new List<ClfsRow>();
        using var r = _db.ExecuteReader("SELECT * FROM clfs WHERE code = @code ORDER BY modifier, row", new { code });
        while (r.Read())
            list.Add(new ClfsRow(code, Cells.Text(r, "modifier"), Cells.Text(r, "year"), Cells.Text(r, "eff_date"), Cells.Text(r, "indicator"),
                Cells.Decimal(r, "rate"), Cells.Text(r, "short_desc"), Cells.Text(r, "long_desc"), Cells.Text(r, "extended_desc"), _sources.Ref(r)));
        return list;
    }

    private List<AddOnPair> ReadAddOns(string code)
    {
        var list = new List<AddOnPair>();
        using var r = _db.ExecuteReader(
            "SELECT * FROM ncci_addon WHERE addon_code = @code OR primary_code = @code ORDER BY addon_code, primary_code, row", new { code });
        while (r.Read())
        {
            var type = Cells.Text(r, "edit_type");
            list.Add(new AddOnPair(Cells.Text(r, "addon_code"), Cells.Text(r, "primary_code"), type, AddOnTypeMeaning(type),
                Cells.TextOrNull(r, "eff_date"), Cells.TextOrNull(r, "del_date"), _sources.Ref(r)));
        }
        return list;
    }

    /// <summary>AOC edit types as the NCCI add-on code file defines them.</summary>
    private static string AddOnTypeMeaning(string type) => type switch
    {
        "1" => "type 1: CPT/HCPCS define all acceptable primary codes",
        "2" => "type 2: no primary codes defined; the contractor defines them",
        "3" => "type 3: some primary codes defined; contractors may add others",
        _ => $"type {type}: not defined in the AOC file layout",
    };

    private List<PtpPair> ReadPtp(string code)
    {
        var list = new List<PtpPair>();
        using var r = _db.ExecuteReader(
            "SELECT * FROM ncci_ptp WHERE column1 = @code OR column2 = @code ORDER BY setting, column1, column2, row", new { code });
        while (r.Read())
        {
            var ind = Cells.Text(r, "modifier_ind");
            list.Add(new PtpPair(Cells.Text(r, "column1"), Cells.Text(r, "column2"), Cells.Text(r, "setting"), ind, PtpModifierMeaning(ind),
                Cells.TextOrNull(r, "eff_date"), Cells.TextOrNull(r, "del_date"), Cells.TextOrNull(r, "rationale"), _sources.Ref(r)));
        }
        return list;
    }

    /// <summary>PTP modifier indicators as the NCCI PTP file layout defines them.</summary>
    private static string PtpModifierMeaning(string indicator) => indicator switch
    {
        "0" => "0: not allowed; no modifier bypasses the edit",
        "1" => "1: allowed; an NCCI-associated modifier may bypass the edit when clinically appropriate",
        "9" => "9: not applicable (edit deleted on its effective date)",
        _ => $"{indicator}: not defined in the PTP file layout",
    };

    private List<MueFact> ReadMue(string code)
    {
        var list = new List<MueFact>();
        using var r = _db.ExecuteReader("SELECT * FROM ncci_mue WHERE code = @code ORDER BY setting, row", new { code });
        while (r.Read())
            list.Add(new MueFact(Cells.Text(r, "setting"), Cells.Int(r, "mue_value"), Cells.TextOrNull(r, "adjudication_ind"),
                Cells.TextOrNull(r, "rationale"), _sources.Ref(r)));
        return list;
    }

    private (string Text, SourceRef Source)? ReadModifierText(string modifier)
    {
        using var r = _db.ExecuteReader("SELECT * FROM modifiers WHERE code = @modifier ORDER BY row LIMIT 1", new { modifier });
        if (!r.Read()) return null;
        var text = Cells.Text(r, "long_desc");
        return (text.Length > 0 ? text : Cells.Text(r, "short_desc"), _sources.Ref(r));
    }

    /// <summary>The editorial family-to-taxonomy entries for the code's family that the loaded NUCC file confirms.</summary>
    private List<TaxonomyFact> ReadTaxonomies(CodeClassification classification)
    {
        var list = new List<TaxonomyFact>();
        foreach (var entry in TaxonomyMap.Entries)
        {
            if (entry.Family != classification.Family) continue;
            if (entry.Subfamily is not null && entry.Subfamily != classification.Subfamily) continue;
            if (list.Any(t => t.Code == entry.Taxonomy)) continue;
            using var r = _db.ExecuteReader("SELECT * FROM nucc_taxonomy WHERE code = @code ORDER BY row LIMIT 1", new { code = entry.Taxonomy });
            if (!r.Read()) continue; // editorial entries the loaded NUCC file does not confirm are dropped
            var display = Cells.Text(r, "display_name");
            var specialty = display.Length > 0 ? display : string.Join(" / ", new[] { Cells.Text(r, "classification"), Cells.Text(r, "specialization") }.Where(s => s.Length > 0));
            list.Add(new TaxonomyFact(entry.Taxonomy, specialty, TaxonomyFact.EditorialBasis, $"Editorial mapping: {entry.Why}", _sources.Ref(r),
                [EditorialSources.TaxonomyMap]));
        }
        return list;
    }

    /// <summary>The first short descriptor a loaded file gives a code (HCPCS short, PFS, CLFS short), cached.</summary>
    private (string Text, SourceRef Source)? ShortDescriptor(string code)
    {
        if (_shortDescriptors.TryGetValue(code, out var cached)) return cached;
        (string, SourceRef)? found = null;
        foreach (var sql in new[]
                 {
                     "SELECT short_desc AS d, source_id, row FROM hcpcs_codes WHERE code = @code ORDER BY row LIMIT 1",
                     "SELECT description AS d, source_id, row FROM pfs_rvu WHERE code = @code ORDER BY modifier, row LIMIT 1",
                     "SELECT short_desc AS d, source_id, row FROM clfs WHERE code = @code ORDER BY modifier, row LIMIT 1",
                 })
        {
            using var r = _db.ExecuteReader(sql, new { code });
            if (r.Read() && Cells.Text(r, "d") is { Length: > 0 } text) { found = (text, _sources.Ref(r)); break; }
        }
        _shortDescriptors[code] = found;
        return found;
    }
}

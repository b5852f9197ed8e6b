namespace CodeBrief.Verify.Checks;

/// <summary>Loaded rows naming a procedure code: HCPCS, PFS, CLFS, NCCI add-on edits, then NCCI PTP and MUE, most authoritative first.</summary>
internal static class ProcedureMentions
{
    public static IReadOnlyList<Evidence> Of(VerifyContext c, string code)
    {
        var found = new List<Evidence>();
        var r = c.Reference;
        if (r.Hcpcs(code) is { } h) found.Add(new Evidence(h.Source, $"HCPCS {h.Code}: {h.LongDescription}"));
        if (c.PfsOf(code).FirstOrDefault() is { } p) found.Add(new Evidence(p.Source, $"PFS {p.Code}: {p.Description} (status {p.Status})"));
        if (c.ClfsOf(code).FirstOrDefault() is { } l) found.Add(new Evidence(l.Source, $"CLFS {l.Code}: {l.ShortDescription}"));
        if ((NcciEdits.PrimariesOf(c, code).FirstOrDefault() ?? NcciEdits.AddOnsOf(c, code).FirstOrDefault()) is { } a)
            found.Add(new Evidence(a.Source, $"NCCI add-on edit {a.AddOnCode} with primary {a.PrimaryCode}"));
        if (found.Count > 0) return found;
        // The edit files list codes the code sets above may lack (deleted or too new): any row of them, deleted edits too.
        var ptp = r.Ptp(code);
        if ((ptp.FirstOrDefault(e => e.Column1 == code) ?? ptp.FirstOrDefault(e => e.Column2 == code)) is { } e)
            found.Add(new Evidence(e.Source, $"NCCI PTP edit for {code}"));
        else if (r.Mue(code).FirstOrDefault() is { } m)
            found.Add(new Evidence(m.Source, $"NCCI MUE for {code}"));
        return found;
    }
}

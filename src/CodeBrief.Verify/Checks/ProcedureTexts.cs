using CodeBrief.Verify.Text;

namespace CodeBrief.Verify.Checks;

/// <summary>The official texts of a procedure code from every loaded file that has one, each with its row.</summary>
internal static class ProcedureTexts
{
    public sealed record Official(string Text, Terms Terms, Evidence Evidence);

    public static IReadOnlyList<Official> Of(VerifyContext c, string code)
    {
        var list = new List<Official>();
        void Add(string text, Evidence evidence)
        {
            if (!string.IsNullOrWhiteSpace(text) && list.All(o => !string.Equals(o.Text, text, StringComparison.OrdinalIgnoreCase)))
                list.Add(new Official(text, Terms.Of(text), evidence));
        }
        if (c.Data.IsLoaded("hcpcs_codes") && c.Data.Hcpcs(code) is { } h)
        {
            Add(h.LongDescription, new Evidence(h.Source, $"{h.Code} long descriptor: {h.LongDescription}"));
            Add(h.ShortDescription, new Evidence(h.Source, $"{h.Code} short descriptor: {h.ShortDescription}"));
        }
        if (c.Data.IsLoaded("clfs"))
            foreach (var r in c.Data.Clfs(code).Take(1))
            {
                Add(r.ExtendedDescription, new Evidence(r.Source, $"{r.Code} CLFS extended descriptor: {r.ExtendedDescription}"));
                Add(r.LongDescription, new Evidence(r.Source, $"{r.Code} CLFS long descriptor: {r.LongDescription}"));
                Add(r.ShortDescription, new Evidence(r.Source, $"{r.Code} CLFS short descriptor: {r.ShortDescription}"));
            }
        if (c.Data.IsLoaded("pfs_rvu"))
            foreach (var r in c.Data.Pfs(code).Take(1))
                Add(r.Description, new Evidence(r.Source, $"{r.Code} PFS descriptor: {r.Description} (status {r.Status})"));
        return list;
    }
}

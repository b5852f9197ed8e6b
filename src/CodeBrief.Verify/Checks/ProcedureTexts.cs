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
        if (c.Reference.Hcpcs(code) is { } h)
        {
            Add(h.LongDescription, new Evidence(h.Source, $"{h.Code} long descriptor: {h.LongDescription}"));
            Add(h.ShortDescription, new Evidence(h.Source, $"{h.Code} short descriptor: {h.ShortDescription}"));
        }
        foreach (var r in c.ClfsOf(code).Take(1))
        {
            Add(r.ExtendedDescription, new Evidence(r.Source, $"{r.Code} CLFS extended descriptor: {r.ExtendedDescription}"));
            Add(r.LongDescription, new Evidence(r.Source, $"{r.Code} CLFS long descriptor: {r.LongDescription}"));
            Add(r.ShortDescription, new Evidence(r.Source, $"{r.Code} CLFS short descriptor: {r.ShortDescription}"));
        }
        foreach (var r in c.PfsOf(code).Take(1))
            Add(r.Description, new Evidence(r.Source, $"{r.Code} PFS descriptor: {r.Description} (status {r.Status})"));
        return list;
    }
}

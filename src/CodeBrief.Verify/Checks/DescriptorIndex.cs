using CodeBrief.Verify.Text;
using CodeBrief.Warehouse;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Every official procedure text the warehouse holds (PFS, CLFS, HCPCS descriptors), grouped by the first three characters
/// of the code, so a page text that is not its code's can be traced to the neighbour whose official text it is.
/// </summary>
internal sealed class DescriptorIndex(IReferenceStore reference)
{
    // Each descriptor with its words, read once: a page run over thousands of briefs asks about the same prefixes again and again.
    private readonly Lazy<ILookup<string, (ProcedureDescriptor Descriptor, Terms Terms)>> _byPrefix = new(() =>
        reference.ProcedureDescriptors().Where(d => d.Code.Length >= 3 && !string.IsNullOrWhiteSpace(d.Text))
            .Select(d => (d, Terms.Of(d.Text))).ToLookup(x => x.d.Code[..3], StringComparer.Ordinal));

    /// <summary>
    /// The neighbour of <paramref name="code"/> (same first three characters) whose official text <paramref name="pageText"/>
    /// is: word for word, or the same content words both ways with nothing measured or opposed between them; else null.
    /// </summary>
    public ProcedureDescriptor? QuotedFrom(string code, string pageText)
    {
        if (code.Length < 3) return null;
        var page = Terms.Of(pageText);
        if (page.IsEmpty) return null;
        ProcedureDescriptor? best = null;
        var bestScore = 0.0;
        foreach (var (d, official) in _byPrefix.Value[code[..3]])
        {
            if (d.Code == code) continue;
            if (string.Equals(Normalise(d.Text), Normalise(pageText), StringComparison.OrdinalIgnoreCase)) return d;
            var score = Math.Min(page.CoveredBy(official), official.CoveredBy(page));
            if (score > bestScore && score >= 0.9 && Contradiction.Find(official, page) is null && Features.Conflict(d.Text, pageText) is null)
            {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>
    /// True when <paramref name="text"/>, an official text of <paramref name="code"/>, is a family label that at least three
    /// codes of its first three characters print word for word (the PFS prints "Knee arthroscopy/surgery" for most of
    /// 29866-29889): it names the family, so a page's words for the one procedure cannot be weighed against it.
    /// </summary>
    public bool IsFamilyLabel(string code, string text) =>
        code.Length >= 3 && _byPrefix.Value[code[..3]].Where(x => string.Equals(Normalise(x.Descriptor.Text), Normalise(text), StringComparison.OrdinalIgnoreCase))
            .Select(x => x.Descriptor.Code).Distinct(StringComparer.Ordinal).Take(3).Count() >= 3;

    /// <summary>True when <paramref name="passage"/> is words of an official text of <paramref name="code"/> itself: G0559's
    /// descriptor says "within the 90-day global period of the procedure(s)", which quotes the code, not claims its period.</summary>
    public bool QuotesOwn(string code, string passage)
    {
        if (code.Length < 3) return false;
        var words = Normalise(passage);
        return words.Length > 0 && _byPrefix.Value[code[..3]]
            .Any(x => x.Descriptor.Code == code && Normalise(x.Descriptor.Text).Contains(words, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalise(string x) => string.Join(' ', x.Replace("\\", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using CodeBrief.Core;
using CodeBrief.Ingest.Dmepos;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// Medicare DMEPOS fee schedule amounts of one HCPCS code, one <see cref="DmeposModifierPricing"/> per payment modifier row
/// (<c>NU</c>, <c>RR</c>, <c>UE</c>…): the payment category and jurisdiction in words, ceiling and floor, each state's
/// non-rural and rural fee and their range across states. Pure: it reads only the rows it is given.
/// </summary>
/// <remarks>
/// A fee of 0 in the file means the file gives no fee for that state and setting (an item without a rural adjustment has
/// 0 in every rural column); it is never a $0.00 fee, so it becomes null here. The category meanings follow CMS's Medicare
/// Benefit Policy Manual (Pub. 100-02), chapter 15, section 110.1 (category table: IN, FS, CR, OX, OS, SD, PO, SU, TE) and
/// the DME MAC fee schedule column descriptors (Noridian, "Fee Schedule Column Descriptors": the same categories plus TS,
/// and the JURIS values D, L and J). IL and SC are named in payers' copies of CMS's category list (Regence reimbursement
/// policy 118) and match the codes the file puts in them (intraocular lenses V2630-V2632; splints and casts such as A4565).
/// LC and LT appear in the file without a definition in those documents, so they are reported as not defined.
/// </remarks>
public static class DmeposPricing
{
    private static readonly Dictionary<string, string> CategoryMeanings = new(StringComparer.Ordinal)
    {
        ["IN"] = "inexpensive or other routinely purchased item",
        ["FS"] = "item requiring frequent and substantial servicing",
        ["CR"] = "capped rental item",
        ["OX"] = "oxygen and oxygen equipment",
        ["OS"] = "ostomy, tracheostomy or urological item",
        ["SD"] = "surgical dressing",
        ["PO"] = "prosthetic or orthotic device",
        ["SU"] = "supply",
        ["TE"] = "transcutaneous electrical nerve stimulator (TENS)",
        ["TS"] = "therapeutic shoe",
        ["IL"] = "intraocular lens",
        ["SC"] = "splint or cast",
    };

    private static readonly Dictionary<string, string> JurisdictionMeanings = new(StringComparer.Ordinal)
    {
        ["D"] = "billed to the DME MAC",
        ["L"] = "billed to the local Part B MAC",
        ["J"] = "joint: the DME MAC or the local Part B MAC, depending on the claim",
    };

    /// <summary>The payment category (<c>CATG</c>) in words, or a sentence saying the layout does not define it.</summary>
    public static string Category(string code) => Lookup(CategoryMeanings, code);

    /// <summary>True when <see cref="Category"/> has a meaning for <paramref name="code"/>.</summary>
    public static bool IsKnownCategory(string code) => CategoryMeanings.ContainsKey(code);

    /// <summary>The jurisdiction (<c>JURIS</c>) in words, or a sentence saying the layout does not define it.</summary>
    public static string Jurisdiction(string code) => Lookup(JurisdictionMeanings, code);

    private static string Lookup(Dictionary<string, string> table, string code) =>
        string.IsNullOrWhiteSpace(code) ? "blank in the file"
        : table.TryGetValue(code.Trim(), out var meaning) ? meaning
        : $"value {code.Trim()} is not defined in the DMEPOS fee schedule documentation CodeBrief follows";

    /// <summary>A file amount as a fee, or null when it is 0 (the file's "no fee").</summary>
    public static Money? Fee(decimal amount) => amount > 0 ? Money.FromDollarsRounded(amount) : null;

    /// <summary>
    /// Prices every modifier row of one code: <paramref name="rows"/> are the fee schedule rows of that code (one per line and
    /// state, as the warehouse returns them); the result has one entry per line, in the order the rows come.
    /// </summary>
    public static IReadOnlyList<DmeposModifierPricing> Price(IReadOnlyList<DmeposFeeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<DmeposModifierPricing>();
        foreach (var line in rows.GroupBy(r => r.Source))
        {
            var first = line.First();
            var states = line.OrderBy(r => r.State, StringComparer.Ordinal)
                .Select(r => new DmeposStateFee(r.State, Fee(r.NonRuralFee), Fee(r.RuralFee))).ToList();
            result.Add(new DmeposModifierPricing(first.Code, first.Modifier, first.Modifier2, first.Category, Category(first.Category),
                first.Jurisdiction, Jurisdiction(first.Jurisdiction), Fee(first.Ceiling), Fee(first.Floor), states,
                Range(states, s => s.NonRural), Range(states, s => s.Rural), first.Description, first.Source));
        }
        return result;
    }

    // Ties go to the first state in alphabetical order, so every engine and run names the same state.
    private static DmeposFeeRange? Range(List<DmeposStateFee> states, Func<DmeposStateFee, Money?> fee)
    {
        DmeposStateFee? min = null, max = null;
        var count = 0;
        foreach (var s in states)
        {
            if (fee(s) is not { } amount) continue;
            count++;
            if (min is null || amount.Dollars < fee(min)!.Value.Dollars) min = s;
            if (max is null || amount.Dollars > fee(max)!.Value.Dollars) max = s;
        }
        return min is null || max is null ? null : new DmeposFeeRange(fee(min)!.Value, min.State, fee(max)!.Value, max.State, count);
    }
}

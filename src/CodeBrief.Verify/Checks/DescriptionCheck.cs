using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Text;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Does the text beside a code agree with what the code set says it is? Agreement is word overlap after
/// normalisation (<see cref="Terms"/>) in whichever direction is kinder (a page may add examples, an official
/// descriptor may be longer), plus outright contradictions (<see cref="Contradiction"/>).
/// </summary>
internal static class DescriptionCheck
{
    /// <summary>Below this share of overlapping words, a description names something else.</summary>
    internal const double Threshold = 0.5;

    public static void Run(VerifyContext context)
    {
        foreach (var token in context.Tokens)
        {
            if (token.Description is null || !context.Exists(token)) continue;
            var page = Terms.Of(token.Description);
            if (page.IsEmpty) continue;
            switch (token.Set)
            {
                case CodeSet.Taxonomy: Taxonomy(context, token, page); break;
                case CodeSet.Icd10Cm: Icd(context, token, page); break;
                case CodeSet.Procedure: Procedure(context, token, page); break;
                default: Modifier(context, token, page); break;
            }
        }
    }

    private static void Taxonomy(VerifyContext c, CodeToken t, Terms page)
    {
        if (c.Reference.Taxonomy(t.Code) is not { } e) return;
        var evidence = new Evidence(e.Source, $"{e.Code}: {e.Grouping} / {e.Name} (display name \"{e.DisplayName}\")");
        var display = Terms.Of(e.DisplayName);
        var specialization = Terms.Of(e.Specialization);
        var classification = Terms.Of(e.Classification);
        var names = Terms.Of($"{e.Classification} {e.Specialization} {e.DisplayName}");
        var agrees = page.CoveredBy(names) >= Threshold || display.CoveredBy(page) >= Threshold
            || (!specialization.IsEmpty && specialization.CoveredBy(page) >= Threshold);
        if (!agrees)
        {
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is {e.Name} (\"{e.DisplayName}\"), not \"{t.Description}\".", [evidence], TaxonomySuggestion.For(c, t.Code, t.Description));
            return;
        }
        // The page names only the parent classification of a specialised code: the code says more than the page.
        if (!specialization.IsEmpty && specialization.CoveredBy(page) < Threshold && classification.CoveredBy(page) >= Threshold && display.CoveredBy(page) < Threshold)
        {
            var parent = c.Reference.TaxonomiesNamed(e.Classification).FirstOrDefault(n => n.Specialization.Length == 0 && n.Grouping == e.Grouping);
            c.Add(t, Severity.Warning, FindingKind.DescriptionMismatch,
                $"{t.Text} is the {e.Specialization} specialization of {e.Classification} (\"{e.DisplayName}\"); the page calls it \"{t.Description}\", the classification alone.",
                [evidence], parent is null ? $"Call it {e.DisplayName}." : $"Use {parent.Code} ({parent.Name}) for {e.Classification} in general, or call {t.Text} {e.DisplayName}.");
            return;
        }
        c.Confirm(t, $"{e.Source}: {e.Name}");
    }

    private static void Icd(VerifyContext c, CodeToken t, Terms page)
    {
        if (c.Reference.Icd(t.Code) is not { } e) return;
        var official = Terms.Of(e.Description);
        var display = IcdCode.TryParse(e.Code, out var code) ? code.Display : e.Code;
        var evidence = new Evidence(e.Source, $"{display}: {e.Description}");
        var score = Math.Max(page.CoveredBy(official), official.CoveredBy(page));
        var conflict = Contradiction.Find(official, page);
        if (conflict is { } x)
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is \"{e.Description}\": it says \"{x.Official}\" where the page says \"{x.Page}\".", [evidence], $"Describe {t.Text} as \"{e.Description}\", or use the code that is {x.Page}.");
        else if (score < Threshold)
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is \"{e.Description}\", not \"{t.Description}\" ({Percent(score)} of the words agree).", [evidence], $"Describe {t.Text} as \"{e.Description}\".");
    }

    private static void Procedure(VerifyContext c, CodeToken t, Terms page)
    {
        var candidates = ProcedureTexts.Of(c, t.Code);
        if (candidates.Count == 0) return;
        // The page quoting an official text word for word is right by definition, however the texts of the code read together.
        if (candidates.FirstOrDefault(o => Verbatim(o.Text, t.Description)) is { } quoted)
        {
            c.Confirm(t, quoted.Evidence.ToString());
            return;
        }
        var best = candidates.Max(o => Math.Max(o.Terms.CoveredBy(page), page.CoveredBy(o.Terms)));
        foreach (var o in candidates)
        {
            if (Contradiction.Find(o.Terms, page) is not { } x) continue;
            // Another official text of the same code that uses the page's words means the terse one was just incomplete.
            var pageWords = x.Page.Split(' ');
            if (candidates.Any(other => !ReferenceEquals(other, o) && pageWords.All(w => other.Terms.AllWords.Contains(w, StringComparer.Ordinal)))) continue;
            var swapped = SwappedWith(c, t, x.Official);
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is \"{o.Text}\": it says \"{x.Official}\" where the page says \"{x.Page}\".", [o.Evidence],
                swapped ?? $"Describe {t.Text} by its official text, or use the code that is {x.Page}.");
            return;
        }
        // CMS short descriptors are terse; only a near-total disagreement is worth a warning.
        if (best < 0.25)
        {
            var o = candidates[0];
            c.Add(t, Severity.Warning, FindingKind.DescriptionMismatch,
                $"The page's text for {t.Text} shares almost no words with its official text \"{o.Text}\" ({Percent(best)}).", candidates.Select(x => x.Evidence).ToList(),
                $"Check the code; the loaded descriptor reads \"{o.Text}\".");
        }
    }

    /// <summary>When another row of the same table uses the official word, the two rows look swapped.</summary>
    private static string? SwappedWith(VerifyContext c, CodeToken t, string officialPhrase)
    {
        if (t.Table is null) return null;
        var word = officialPhrase.Split(' ')[^1];
        var other = c.Tokens.FirstOrDefault(o => !ReferenceEquals(o, t) && o.Table == t.Table && o.Description is not null && Terms.Of(o.Description).AllWords.Contains(word, StringComparer.Ordinal));
        return other is null ? null : $"The text on line {other.Line.ToString(CultureInfo.InvariantCulture)} ({other.Text}) says \"{word}\": the descriptions of {t.Text} and {other.Text} look swapped.";
    }

    private static void Modifier(VerifyContext c, CodeToken t, Terms page)
    {
        if (c.Reference.Modifier(t.Code) is not { } m) return;
        var longTerms = Terms.Of(m.LongDescription ?? "");
        var shortTerms = Terms.Of(m.ShortDescription ?? "");
        var score = Math.Max(Math.Max(page.CoveredBy(longTerms), shortTerms.CoveredBy(page)), page.CoveredBy(shortTerms));
        var conflict = Contradiction.Find(shortTerms, page) ?? Contradiction.Find(longTerms, page);
        if (score >= Threshold && conflict is null) return;
        c.Add(t, Severity.Error, FindingKind.DescriptionMismatch, $"Modifier {t.Text} means \"{m.LongDescription}\", not \"{t.Description}\".",
            [new Evidence(m.Source, $"{m.Code}: {m.LongDescription}")], $"Describe {t.Text} as \"{m.ShortDescription}\".");
    }

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    /// <summary>Equal texts once case, markup escapes and runs of white space are set aside.</summary>
    private static bool Verbatim(string official, string? page)
    {
        if (page is null) return false;
        static string Norm(string x) => string.Join(' ', x.Replace("\\", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.Equals(Norm(official), Norm(page), StringComparison.OrdinalIgnoreCase);
    }
}

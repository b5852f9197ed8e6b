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
            var mark = context.Mark();
            Check(context, token);
            if (!context.AddedSince(mark, FindingKind.DescriptionMismatch)) continue;
            // A row may name the code in more than one descriptive column ("Class" and "Description"): one that agrees
            // with the official text is the row's claim, and the other is read as examples or notes.
            foreach (var other in OtherDescriptions(token))
            {
                var probe = context.Mark();
                Check(context, token with { Description = other });
                if (!context.AddedSince(probe, FindingKind.DescriptionMismatch)) { context.Rollback(mark); break; }
                context.Rollback(probe);
            }
        }
    }

    private static void Check(VerifyContext context, CodeToken token)
    {
        var page = Terms.Of(token.Description!);
        if (page.IsEmpty) return;
        switch (token.Set)
        {
            case CodeSet.Taxonomy: Taxonomy(context, token, page); break;
            case CodeSet.Icd10Cm: Icd(context, token, page); break;
            case CodeSet.Procedure: Procedure(context, token, page); break;
            case CodeSet.Modifier: Modifier(context, token, page); break;
            default: break;
        }
    }

    /// <summary>The row's other descriptive cells, after the one the token carries.</summary>
    private static IEnumerable<string> OtherDescriptions(CodeToken t)
    {
        if (t.Table is not { } table || t.Row is not { } row) yield break;
        var first = table.IndexOf(ColumnRole.Description);
        for (var i = first + 1; i < table.Columns.Count; i++)
            if (table.Columns[i].Role == ColumnRole.Description && row.Cell(i) is { Length: > 0 } cell && cell != t.Description) yield return cell;
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
        // The page's words are exactly another taxonomy's name (a Family Medicine code called "Internal Medicine"): word overlap
        // ("medicine") is no agreement when the distinguishing word names a different specialty.
        if (agrees && page.CoveredBy(names) < 1.0)
        {
            var named = c.Reference.TaxonomiesNamed(t.Description!.Trim().TrimEnd('.')).Concat(c.Reference.TaxonomiesOfClassification(t.Description!.Trim().TrimEnd('.')))
                .FirstOrDefault(n => n.Code != e.Code && n.Specialization.Length == 0 && n.Grouping == e.Grouping);
            if (named is not null)
            {
                c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                    $"{t.Text} is {e.Name} (\"{e.DisplayName}\"), not \"{t.Description}\": that is {named.Code} ({named.Name}).", [evidence, new Evidence(named.Source, $"{named.Code}: {named.Grouping} / {named.Name}")],
                    $"Call {t.Text} {e.DisplayName}, or use {named.Code} for {named.Name}.", named.Code);
                return;
            }
        }
        if (!agrees)
        {
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is {e.Name} (\"{e.DisplayName}\"), not \"{t.Description}\".", [evidence], TaxonomySuggestion.For(c, t.Code, t.Description));
            return;
        }
        // The classification's words agree and the word left over names a sibling specialization ("a Psychiatric Nurse
        // Practitioner" for 363LP0200X, Nurse Practitioner / Pediatrics): the page describes the sibling's code.
        if (!specialization.IsEmpty && specialization.CoveredBy(page) < Threshold && Terms.Of(string.Join(' ', page.MissingFrom(names))) is { IsEmpty: false } extra
            && c.Reference.TaxonomiesOfClassification(e.Classification).FirstOrDefault(n => n.Code != e.Code && n.Specialization.Length > 0
                && extra.CoveredBy(Terms.Of($"{n.Specialization} {n.DisplayName}")) >= Threshold) is { } sibling)
        {
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is {e.Name} (\"{e.DisplayName}\"), not \"{t.Description}\": that is {sibling.Code} ({sibling.Name}).",
                [evidence, new Evidence(sibling.Source, $"{sibling.Code}: {sibling.Grouping} / {sibling.Name}")],
                $"Call {t.Text} {e.DisplayName}, or use {sibling.Code} for {sibling.Name}.", sibling.Code);
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
        var conflict = Contradiction.Find(official, page) ?? Features.Conflict(e.Description, t.Description!);
        if (conflict is { } x)
        {
            var other = IcdNeighbour(c, e.Code, t.Description!);
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is \"{e.Description}\": it says \"{x.Official}\" where the page says \"{x.Page}\"."
                + (other is null ? "" : $" The page's text is that of {Display(other.Code)} (\"{other.Description}\")."),
                other is null ? [evidence] : [evidence, new Evidence(other.Source, $"{Display(other.Code)}: {other.Description}")],
                other is null ? $"Describe {t.Text} as \"{e.Description}\", or use the code that is {x.Page}." : $"Use {Display(other.Code)} for \"{other.Description}\", or describe {t.Text} as \"{e.Description}\".",
                other is null ? null : Display(other.Code));
        }
        else if (score < Threshold)
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is \"{e.Description}\", not \"{t.Description}\" ({Percent(score)} of the words agree).", [evidence], $"Describe {t.Text} as \"{e.Description}\".");
    }

    /// <summary>The billable code of the same category whose official text the page gives, or null.</summary>
    private static CodeBrief.Ingest.Icd10cm.IcdRow? IcdNeighbour(VerifyContext c, string code, string pageText)
    {
        var page = Terms.Of(pageText);
        return c.Reference.IcdBillableChildren(code[..3], 200)
            .Where(n => n.Code != code)
            .Select(n => (Row: n, Terms: Terms.Of(n.Description)))
            .Where(n => Contradiction.Find(n.Terms, page) is null && Features.Conflict(n.Row.Description, pageText) is null)
            .Select(n => (n.Row, Score: Math.Min(page.CoveredBy(n.Terms), n.Terms.CoveredBy(page))))
            .Where(n => n.Score >= 0.6)
            .OrderByDescending(n => n.Score).Select(n => n.Row).FirstOrDefault();
    }

    private static string Display(string icd) => IcdCode.TryParse(icd, out var code) ? code.Display : icd;

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
        // Whose official text the page gives is asked only when the page disagrees with this code's (the index is large).
        CodeBrief.Warehouse.ProcedureDescriptor? quotedFrom = null;
        foreach (var o in candidates)
        {
            if ((Contradiction.Find(o.Terms, page) ?? Features.Conflict(o.Text, t.Description!, (unit, ov, pv) => TimeBands.Agree(c, t.Code, unit, ov, pv))) is not { } x) continue;
            quotedFrom = c.Descriptors.QuotedFrom(t.Code, t.Description!);
            // Another official text of the same code that uses the page's words means the terse one was just incomplete.
            var pageWords = x.Page.Split(' ');
            if (candidates.Any(other => !ReferenceEquals(other, o) && pageWords.All(w => other.Terms.AllWords.Contains(w, StringComparer.Ordinal)))) continue;
            var swapped = SwappedWith(c, t, x.Official);
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"{t.Text} is \"{o.Text}\": it says \"{x.Official}\" where the page says \"{x.Page}\"." + QuotedNote(quotedFrom),
                quotedFrom is null ? [o.Evidence] : [o.Evidence, new Evidence(quotedFrom.Source, $"{quotedFrom.Code}: {quotedFrom.Text}")],
                swapped ?? (quotedFrom is null ? $"Describe {t.Text} by its official text, or use the code that is {x.Page}." : $"Use {quotedFrom.Code} for that text, or describe {t.Text} by its own."),
                quotedFrom?.Code);
            return;
        }
        // The page gives the official text of a neighbouring code, word for word or nearly so.
        if (best < 0.9 && (quotedFrom = c.Descriptors.QuotedFrom(t.Code, t.Description!)) is not null)
        {
            c.Add(t, Severity.Error, FindingKind.DescriptionMismatch,
                $"The page describes {t.Text} as \"{t.Description}\", the official text of {quotedFrom.Code}; {t.Text} is \"{candidates[0].Text}\".",
                [candidates[0].Evidence, new Evidence(quotedFrom.Source, $"{quotedFrom.Code}: {quotedFrom.Text}")],
                $"Use {quotedFrom.Code} for that text, or describe {t.Text} as \"{candidates[0].Text}\".", quotedFrom.Code);
            return;
        }
        // CMS short descriptors are terse; only a near-total disagreement is worth a warning.
        if (best < 0.25 && !candidates.All(o => c.Descriptors.IsFamilyLabel(t.Code, o.Text)))
        {
            var o = candidates[0];
            c.Add(t, Severity.Warning, FindingKind.DescriptionMismatch,
                $"The page's text for {t.Text} shares almost no words with its official text \"{o.Text}\" ({Percent(best)}).", candidates.Select(x => x.Evidence).ToList(),
                $"Check the code; the loaded descriptor reads \"{o.Text}\".");
        }
    }

    private static string QuotedNote(CodeBrief.Warehouse.ProcedureDescriptor? d) => d is null ? "" : $" The page's text is the official text of {d.Code} (\"{d.Text}\").";

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
        // A sentence's words after a modifier are read as its meaning only from a table cell; prose says what to do with it.
        if (!t.InTable) return;
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

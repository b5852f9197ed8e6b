using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Text;

namespace CodeBrief.Verify.Checks;

/// <summary>Is each code in the code set its context implies, current, and (ICD-10-CM) billable?</summary>
internal static partial class ExistenceCheck
{
    public static void Run(VerifyContext context, CodeToken? subject)
    {
        foreach (var token in context.Tokens)
        {
            if (token.IsForeign)
            {
                // Another code system's code: listed, never judged as a CPT, ICD-10-CM or modifier code.
                context.Unverifiable(token, $"{Foreign(token.Set)} code: no loaded source lists that code system, and it is not read as a CPT/HCPCS code");
                continue;
            }
            switch (token.Set)
            {
                case CodeSet.Procedure: Procedure(context, token, ReferenceEquals(token, subject)); break;
                case CodeSet.Icd10Cm: Icd(context, token); break;
                case CodeSet.Taxonomy: Taxonomy(context, token); break;
                default: Modifier(context, token); break;
            }
        }
    }

    private static void Procedure(VerifyContext c, CodeToken t, bool isSubject)
    {
        if (!HcpcsCode.TryParse(t.Code, out var code))
        {
            c.Add(t, Severity.Error, FindingKind.Nonexistent, $"{t.Text} is not a CPT or HCPCS code: those are {HcpcsCode.Shape}.", [], null);
            return;
        }
        if (!Datasets.Procedure.Any(c.IsLoaded))
        {
            c.Unverifiable(t, "no CPT/HCPCS source is loaded (HCPCS, PFS, CLFS, NCCI)");
            return;
        }
        if (code.Type == CodeType.HcpcsLevelII && c.Reference.Hcpcs(code.Value) is { } h)
        {
            c.SetExists(t, true);
            if (TryDate(h.TerminationDate, out var term) && term <= c.AsOf)
            {
                var ev = new Evidence(h.Source, $"{h.Code}: {h.LongDescription}; TERM DT {h.TerminationDate}");
                // A page about a retired code is right to exist when it says the code is retired.
                if (((isSubject || t.Code == c.Subject) && StatesTermination(c.Page, h.TerminationDate!, term)) || (!isSubject && PageSaysRetired(c, t))) // TryDate succeeded, so TerminationDate is set
                    c.Add(t, Severity.Info, FindingKind.Terminated, $"{t.Text} was terminated on {term:yyyy-MM-dd}; the page states it.", [ev], null);
                else if (c.PageYear is { } year && year <= term.Year)
                    c.Add(t, Severity.Info, FindingKind.Terminated,
                        $"{t.Text} was terminated on {term:yyyy-MM-dd}; the page speaks of {year.ToString(CultureInfo.InvariantCulture)}, when it was current.", [ev],
                        h.CrossReference is { } later ? $"The HCPCS file cross-references {later}." : null);
                else
                    c.Add(t, Severity.Error, FindingKind.Terminated, $"{t.Text} was terminated on {term:yyyy-MM-dd}.", [ev],
                        h.CrossReference is { } x ? $"The HCPCS file cross-references {x}." : null);
            }
            else c.Confirm(t, $"{h.Source}: {h.ShortDescription}");
            return;
        }
        var mentions = ProcedureMentions.Of(c, code.Value);
        if (mentions.Count > 0)
        {
            c.SetExists(t, true);
            // PFS status D: the code is deleted; presented as current it is wrong (issue 14, item 3).
            if (c.PfsOf(code.Value).FirstOrDefault(r => r.Modifier.Length == 0) is { Status: "D" } deleted && !PageSaysRetired(c, t))
            {
                c.Add(t, Severity.Error, FindingKind.Status, $"{t.Text} is a deleted code (PFS status D: {PfsIndicators.Status("D")}); the page presents it as current.",
                    [new Evidence(deleted.Source, $"{deleted.Code} STATUS D")], $"Say that {t.Text} is deleted, or use the code that replaced it.");
                return;
            }
            c.Confirm(t, mentions[0].ToString());
            return;
        }
        c.SetExists(t, false);
        var searched = c.Searched("searched; the code is not in this file", Datasets.Procedure);
        var kind = isSubject ? FindingKind.UnknownSubject : FindingKind.Nonexistent;
        var loadedYear = searched.Select(e => FeeYears.LoadedYear(e.Source)).OfType<int>().DefaultIfEmpty().Max();
        if (code.Type == CodeType.HcpcsLevelII && c.IsLoaded(Datasets.Hcpcs))
            c.Add(t, NonexistentSeverity(t), kind,
                $"{t.Text} is not a HCPCS Level II code: the loaded HCPCS file, which lists every Level II code, does not have it.{RangeNote(t)}", searched, null);
        else if (PageSaysRetired(c, t))
            c.Add(t, Severity.Info, kind, $"{t.Text} is in none of the loaded CMS files (PFS, CLFS, HCPCS, NCCI); the page says it is deleted.", searched, null);
        else if (c.PageYear is { } year && year < loadedYear)
            // A page dated 2020 may list a CPT code deleted since: files of a later year cannot say it was wrong then.
            c.Add(t, Severity.Warning, kind,
                $"{t.Text} is in none of the loaded CMS files (PFS, CLFS, HCPCS, NCCI) of {loadedYear.ToString(CultureInfo.InvariantCulture)}; the page speaks of {year.ToString(CultureInfo.InvariantCulture)}, when it may have been current.",
                searched, null);
        else
            // A code the PFS, CLFS, HCPCS and NCCI files all lack, presented as current, is deleted or never valid (issue 14, item 3).
            c.Add(t, Severity.Error, kind,
                $"{t.Text} is in none of the loaded CMS files (PFS, CLFS, HCPCS, NCCI), yet the page presents it as a current code: it is deleted, misspelt or newer than those files.",
                searched, null);
    }

    private static void Icd(VerifyContext c, CodeToken t)
    {
        if (!IcdCode.TryParse(t.Code, out var code))
        {
            c.Add(t, Severity.Error, FindingKind.Nonexistent, $"{t.Text} is not an ICD-10-CM code: those are {IcdCode.Shape}.", [], null);
            return;
        }
        if (!c.IsLoaded(Datasets.Icd10Cm)) { c.Unverifiable(t, "ICD-10-CM is not loaded"); return; }
        if (c.Reference.Icd(code.Value) is { } entry)
        {
            c.SetExists(t, true);
            if (entry.Billable) { c.Confirm(t, $"{entry.Source}: {entry.Description}"); return; }
            NotBillable(c, t, code, [new Evidence(entry.Source, $"{code.Display}: {entry.Description} (not billable)")]);
            return;
        }
        if (c.Reference.IcdBillableChildCount(code.Value) > 0)
        {
            c.SetExists(t, true);
            NotBillable(c, t, code, []);
            return;
        }
        c.SetExists(t, false);
        var category = code.Value[..3];
        var siblings = c.Reference.IcdBillableChildren(category, 5);
        var more = siblings.Count > 0 ? $"Billable codes in category {category}: {string.Join(", ", siblings.Select(s => $"{Display(s.Code)} {s.Description}"))}." : null;
        c.Add(t, NonexistentSeverity(t), FindingKind.Nonexistent,
            $"{t.Text} is not an ICD-10-CM code: the loaded code list neither has it nor any code that extends it.{RangeNote(t)}",
            c.Searched("searched; the code is not in this file", Datasets.Icd10Cm), more);
    }

    /// <summary>
    /// A code no loaded file has is an error, except at the end of a range ("Z68.0 to Z68.45", "the L codes (L0100–L9900)"),
    /// which marks where a block of the code set runs, whether or not a code has that number: a warning.
    /// </summary>
    private static Severity NonexistentSeverity(CodeToken t) => t.RangeBound ? Severity.Warning : Severity.Error;

    private static string RangeNote(CodeToken t) => t.RangeBound ? " The page gives it as the end of a range." : "";

    private static void NotBillable(VerifyContext c, CodeToken t, IcdCode code, List<Evidence> evidence)
    {
        var children = c.Reference.IcdBillableChildren(code.Value, 6);
        var total = c.Reference.IcdBillableChildCount(code.Value);
        evidence.AddRange(children.Take(3).Select(ch => new Evidence(ch.Source, $"{Display(ch.Code)}: {ch.Description}")));
        var list = string.Join("; ", children.Select(ch => $"{Display(ch.Code)} {ch.Description}"));
        var rest = total > children.Count ? $" and {(total - children.Count).ToString(CultureInfo.InvariantCulture)} more" : "";
        // "ICD-10 codes N18 and its subcategories classify chronic kidney disease": the sentence names the category as one;
        // "E11.0 - NON-BILLABLE CODE", "M54.5 is no longer a valid code", "E11, which requires specifying the complication",
        // "Excludes1: M54.3 Sciatica": the page itself says it is no code to bill.
        if (PresentedAsHeader(c, t))
        {
            c.Add(t, Severity.Info, FindingKind.NotBillable,
                $"{t.Text} is a category header with {total.ToString(CultureInfo.InvariantCulture)} billable codes; the page presents it as a category, not as a code to bill.", evidence, null);
            return;
        }
        if (ReadsAsIcd9(c, t, children))
        {
            c.Add(t, Severity.Error, FindingKind.NotBillable,
                $"{t.Text} is no ICD-10-CM code for what the page describes: in ICD-10-CM it heads {total.ToString(CultureInfo.InvariantCulture)} codes for \"{children[0].Description}\". "
                + $"The page's words fit the ICD-9-CM code {t.Text}, and claims have not taken ICD-9-CM codes since 2015-10-01.", evidence,
                "Give the ICD-10-CM code for the condition the page describes.");
            return;
        }
        c.Add(t, Severity.Error, FindingKind.NotBillable,
            $"{t.Text} is a category header, not a billable ICD-10-CM code: {total.ToString(CultureInfo.InvariantCulture)} billable codes extend it.", evidence,
            $"Use the billable code that fits: {list}{rest}.");
    }

    /// <summary>
    /// True for a V code whose line shares no word with what the code heads in ICD-10-CM: "V81.1 Special Screening for
    /// hypertension" is the ICD-9-CM supplementary code, while ICD-10-CM's V81.1 heads railway-accident codes. Suggesting those
    /// would be harmful, not helpful.
    /// </summary>
    private static bool ReadsAsIcd9(VerifyContext c, CodeToken t, IReadOnlyList<CodeBrief.Ingest.Icd10cm.IcdRow> children)
    {
        if (!t.Code.StartsWith('V') || children.Count == 0) return false;
        var page = Terms.Of(t.Description ?? c.LineText(t));
        return children.All(ch => Terms.Of(ch.Description).CoveredBy(page) < 0.2);
    }

    /// <summary>True when the code's own sentence or row presents the header as what it is (a category, not billable, in need
    /// of more characters, an exclusion, the end of a range "E78.0–E78.9"), the list it stands in is labelled so ("Exclusion:"
    /// above "M54.3 – Sciatica"), or the page says the code is no longer current (<see cref="PageSaysRetired"/>).</summary>
    private static bool PresentedAsHeader(VerifyContext c, CodeToken t)
    {
        var own = t.InTable ? [c.LineText(t)] : ClaimScope.Sentences(c.LineText(t)).Select(s => s.Text).Where(s => Names(s, t.Text)).ToList();
        return t.RangeBound || own.Any(s => (!t.InTable && CategoryWordsRegex().IsMatch(s)) || HeaderWordsRegex().IsMatch(s) || WithPlaceholder(s, t.Text))
            || HeadsItsChildren(c, t)
            || (t.Row is null && ListLabel(c, t.Line) is { } label && HeaderListRegex().IsMatch(label)) || PageSaysRetired(c, t);
    }

    /// <summary>True when the page writes the header with placeholders for the characters to add ("Z34. xx", "O09.9x").</summary>
    private static bool WithPlaceholder(string text, string code) =>
        Regex.IsMatch(text, @"(?<![\w])" + Regex.Escape(code.TrimEnd('.')) + @"\.?\s?[xX]{1,4}(?![\w])", RegexOptions.CultureInvariant);

    /// <summary>
    /// True when the header stands alone on its line and heads a list of its own billable codes on the lines below it ("J45.2 /
    /// Mild intermittent asthma / J45.20 … / J45.21 …"): a lookup page's outline, not a code to bill. A sentence or table row
    /// that names the header is a claim about it, whatever follows.
    /// </summary>
    private static bool HeadsItsChildren(VerifyContext c, CodeToken t) =>
        t.Row is null && c.LineText(t).Trim().TrimEnd(':').Equals(t.Text, StringComparison.OrdinalIgnoreCase)
        && c.Tokens.Any(o => o.Set == CodeSet.Icd10Cm && o.Line > t.Line && o.Line - t.Line <= HierarchyReach
            && o.Code.Length > t.Code.Length && o.Code.StartsWith(t.Code, StringComparison.Ordinal));

    /// <summary>How many lines below a header its codes may start in an outline (a header, its title, a blank, the codes).</summary>
    private const int HierarchyReach = 6;

    private static void Taxonomy(VerifyContext c, CodeToken t)
    {
        if (!TaxonomyCode.TryParse(t.Code, out _))
        {
            c.Add(t, Severity.Error, FindingKind.Nonexistent, $"{t.Text} is not a NUCC taxonomy code: those are ten characters ending in X.", [], null);
            return;
        }
        if (!c.IsLoaded(Datasets.Nucc)) { c.Unverifiable(t, "the NUCC taxonomy is not loaded"); return; }
        if (c.Reference.Taxonomy(t.Code) is { } entry)
        {
            c.SetExists(t, true);
            c.Confirm(t, $"{entry.Source}: {entry.Name}");
            return;
        }
        c.SetExists(t, false);
        c.Add(t, Severity.Error, FindingKind.Nonexistent, $"{t.Text} is not in the NUCC taxonomy code set.",
            c.Searched("searched; the code is not in this file", Datasets.Nucc), TaxonomySuggestion.For(c, t.Code, t.Description));
    }

    private static void Modifier(VerifyContext c, CodeToken t)
    {
        if (!ModifierCode.TryParse(t.Code, out var modifier))
        {
            c.Add(t, Severity.Error, FindingKind.Nonexistent, $"{t.Text} is not a modifier: those are two letters or digits.", [], null);
            return;
        }
        if (modifier.IsCpt)
        {
            c.SetExists(t, true);
            c.Unverifiable(t, "CPT (Level I) modifier: no loaded source publishes the CPT modifier list (AMA)");
            return;
        }
        if (!c.IsLoaded(Datasets.HcpcsModifiers)) { c.Unverifiable(t, "HCPCS Level II modifiers are not loaded"); return; }
        if (c.Reference.Modifier(modifier.Value) is { } m)
        {
            c.SetExists(t, true);
            if (TryDate(m.TerminationDate, out var term) && term <= c.AsOf)
                c.Add(t, Severity.Error, FindingKind.Terminated, $"Modifier {t.Text} was terminated on {term:yyyy-MM-dd}.",
                    [new Evidence(m.Source, $"{m.Code}: {m.LongDescription}; TERM DT {m.TerminationDate}")], null);
            else c.Confirm(t, $"{m.Source}: {m.ShortDescription}");
            return;
        }
        // Ambulance claims pair an origin and a destination letter ("RH": residence to hospital); the modifier file lists none of
        // the pairs (Medicare Claims Processing Manual, Pub. 100-04, chapter 15, section 30(A)).
        if (AmbulancePlaces.Contains(t.Code[0]) && AmbulancePlaces.Contains(t.Code[1]))
        {
            c.SetExists(t, true);
            c.Unverifiable(t, "an ambulance origin/destination modifier (Pub. 100-04, ch. 15, §30(A)): each letter a place; the HCPCS modifier file lists no such pair");
            return;
        }
        c.SetExists(t, false);
        c.Add(t, Severity.Error, FindingKind.Nonexistent, $"{t.Text} is not a HCPCS Level II modifier: the loaded HCPCS file, which lists every Level II modifier, does not have it.",
            c.Searched("searched; the modifier is not in this file", Datasets.HcpcsModifiers), null);
    }

    /// <summary>The place letters of ambulance origin/destination modifiers (D, E, G, H, I, J, N, P, R, S, X).</summary>
    private const string AmbulancePlaces = "DEGHIJNPRSX";

    /// <summary>True when the text around a code says it is no longer current (deleted, retired, terminated, replaced).</summary>
    internal static bool StatesDeleted(string text) =>
        text.Contains("delet", StringComparison.OrdinalIgnoreCase) || text.Contains("retired", StringComparison.OrdinalIgnoreCase)
        || text.Contains("terminat", StringComparison.OrdinalIgnoreCase) || text.Contains("replaced", StringComparison.OrdinalIgnoreCase)
        || text.Contains("no longer", StringComparison.OrdinalIgnoreCase) || text.Contains("discontinued", StringComparison.OrdinalIgnoreCase)
        || text.Contains("invalid", StringComparison.OrdinalIgnoreCase) || text.Contains("not valid", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the page does not present the code as current: its own row or paragraph says it is retired, or says another
    /// code replaces it ("98016 replaces G2012", "in lieu of G2012"); or it speaks of the code in the past tense ("99441 was
    /// the lowest level") and another sentence or row of the page that names the code says it is deleted. A present-tense
    /// sentence ("practices bill G2012") presents the code as current whatever the rest of the page says.
    /// </summary>
    internal static bool PageSaysRetired(VerifyContext c, CodeToken t)
    {
        var own = c.LineText(t);
        if (StatesDeleted(own) || Replaced(own, t.Text)) return true;
        // "Before 10/1/2021, diagnosis code M54.5 ... was used": the sentence dates what it says to a time gone by.
        if (ClaimScope.Sentences(own).Any(s => Names(s.Text, t.Text) && BygoneRegex().IsMatch(s.Text) && PastVerbRegex().IsMatch(s.Text))) return true;
        if (t.Row is null && ListLabel(c, t.Line) is { } label && StatesDeleted(label)) return true;
        if (!PastTenseRegex().IsMatch(own)) return false;
        var texts = c.Page.Paragraphs.SelectMany(p => ClaimScope.Sentences(p.Text).Select(s => s.Text))
            .Concat(c.Page.Tables.SelectMany(x => x.Rows).Select(r => string.Join(" | ", r.Cells)));
        if (c.Page.Title is { } title) texts = texts.Append(title);
        return texts.Any(x => Names(x, t.Text) && (StatesDeleted(x) || Replaced(x, t.Text)));
    }

    /// <summary>
    /// The line that introduces the list a running-text line belongs to ("Deleted codes (for dates before 2023)" above
    /// "K0553 - Supply allowance", "K0554 - Receiver"): the nearest line above, across the list's adjacent lines that name
    /// codes, that names none; null when a blank line or the top of the page comes first.
    /// </summary>
    private static string? ListLabel(VerifyContext c, int line)
    {
        var above = c.Page.Paragraphs.Where(p => p.Line < line).OrderByDescending(p => p.Line).ToList();
        var expected = line - 1;
        foreach (var p in above)
        {
            if (p.Line != expected) return null;
            // A line of the list names a code of any set ("M54.2 – Pain in the hip" has no procedure code).
            if (ClaimScope.CodesIn(p.Text).Count == 0 && !c.Tokens.Any(t => t.Line == p.Line)) return p.Text;
            expected--;
        }
        return null;
    }

    /// <summary>True when <paramref name="code"/> follows a word that says another code took its place ("replaces", "in lieu of").</summary>
    internal static bool Replaced(string text, string code) =>
        Regex.IsMatch(text, @"\b(?:replaces|replacing|supersedes|superseding|in lieu of|in place of|instead of)\s+(?:(?:the|old|former|HCPCS|CPT|codes?)\s+){0,3}"
            + Regex.Escape(code) + @"(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:was|were|had|used to|previously|formerly|before|until|prior to|historical(?:ly)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTenseRegex();

    // "before 10/1/2021", "until October 1, 2021", "prior to 2015": a date the sentence's statement held up to.
    [GeneratedRegex(@"\b(?:before|until|prior to)\s+(?:\d{1,2}/\d{1,2}/|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BygoneRegex();

    [GeneratedRegex(@"\b(?:was|were|had been|used to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastVerbRegex();

    [GeneratedRegex(@"\b(?:categor(?:y|ies)|subcategor(?:y|ies)|sub-categor(?:y|ies)|and its (?:sub)?codes|code (?:family|block|range))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CategoryWordsRegex();

    [GeneratedRegex(@"\b(?:non-?billable|not (?:a )?billable|cannot be (?:billed|coded|reported)|header|requires? (?:specifying|additional|more|further|an? (?:4th|5th|6th|7th|fourth|fifth|sixth|seventh))|needs? (?:additional|more|further) (?:characters|digits|specificity)|must be (?:further )?specified|excludes?\s*[12]?|exclusions?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderWordsRegex();

    // A list's label that says what its codes are ("Exclusion:", "Non-billable headers"); "most codes require specifying
    // laterality:" above a list of codes says nothing about them being headers.
    [GeneratedRegex(@"\b(?:non-?billable|not (?:a )?billable|headers?|excludes?\s*[12]?|exclusions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderListRegex();

    private static bool Names(string text, string code) =>
        Regex.IsMatch(text, @"(?<![\w])" + Regex.Escape(code) + @"(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Foreign(CodeSet set) => set switch
    {
        CodeSet.PlaceOfService => "a place-of-service",
        CodeSet.Loinc => "a LOINC",
        CodeSet.Snomed => "a SNOMED CT",
        CodeSet.Ndc => "a National Drug Code",
        CodeSet.Revenue => "a revenue",
        CodeSet.Icd9Cm => "an ICD-9-CM",
        _ => "a dispense-as-written (DAW)",
    };

    /// <summary>True when a paragraph or table row of the page names the termination and gives its date (as the file writes it, or ISO).</summary>
    private static bool StatesTermination(PageDocument page, string raw, DateOnly term)
    {
        var iso = term.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        bool States(string text) => text.Contains("terminat", StringComparison.OrdinalIgnoreCase)
            && (text.Contains(raw.Trim(), StringComparison.Ordinal) || text.Contains(iso, StringComparison.Ordinal));
        return page.Paragraphs.Any(p => States(p.Text)) || page.Tables.SelectMany(x => x.Rows).Any(r => States(string.Join(" | ", r.Cells)));
    }

    internal static bool TryDate(string? yyyymmdd, out DateOnly date) =>
        DateOnly.TryParseExact(yyyymmdd?.Trim() ?? "", ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    internal static string Display(string icd) => IcdCode.TryParse(icd, out var c) ? c.Display : icd;
}

using System.Text.RegularExpressions;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier;
using CodeBrief.Warehouse.Sqlite;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Testing;

/// <summary>
/// The grounding check of issue 3, item 5, over one warehouse: every CPT/HCPCS, ICD-10-CM, taxonomy and modifier token in
/// a rendered Markdown brief is in the loaded sets, and every number in the brief appears in its dossier. The loaded sets
/// are read once, so one check serves a whole batch of briefs.
/// </summary>
internal sealed partial class GroundingCheck
{
    private readonly HashSet<string> _codes;
    private readonly HashSet<string> _icd;
    private readonly HashSet<string> _nucc;
    private readonly HashSet<string> _modifiers;

    /// <summary>Reads the loaded sets of <paramref name="warehouse"/> (the code lists straight from its file: a test may speak SQL).</summary>
    public GroundingCheck(SqliteWarehouse warehouse)
    {
        _codes = new DossierBuilder(warehouse).AllCodes().ToHashSet(StringComparer.Ordinal);
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = warehouse.Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        _icd = Strings(db, "SELECT code FROM icd10cm").Select(c => IcdCode.TryParse(c, out var i) ? i.Display : c).ToHashSet(StringComparer.Ordinal);
        _nucc = Strings(db, "SELECT code FROM nucc_taxonomy").ToHashSet(StringComparer.Ordinal);
        // An active NCCI add-on edit names its codes too: a primary newer than the loaded code sets is listed with that note.
        _codes.UnionWith(Strings(db, "SELECT addon_code FROM ncci_addon UNION SELECT primary_code FROM ncci_addon"));
        _modifiers = Strings(db, "SELECT code FROM modifiers UNION SELECT modifier FROM pfs_rvu UNION SELECT modifier FROM clfs").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>How many ICD-10-CM codes are loaded (lets a caller assert it checked against the full file).</summary>
    public int IcdCodes => _icd.Count;

    /// <summary>
    /// The problems of one brief of <paramref name="code"/>, one line each; empty when it is grounded.
    /// <paramref name="modifiers"/> are the modifiers the brief lists.
    /// </summary>
    public IEnumerable<string> Problems(string code, CodeDossier dossier, string markdown, IEnumerable<string> modifiers)
    {
        // Citation marks ("[1]" linking to "#src-1") and the numbered list of cited rows are numbering, not facts.
        var body = CitationMark().Replace(string.Join("\n", markdown.Split('\n').Where(l => !l.Contains("Generated on", StringComparison.Ordinal))), "");
        body = CitedRowNumber().Replace(body, "");
        // Names of code sets and hashes in the fixed template text carry digits that are not facts.
        var numbersBody = body.Replace("ICD-10-CM", "ICD-CM", StringComparison.Ordinal).Replace("SHA-256", "SHA", StringComparison.Ordinal);

        foreach (Match m in ProcedureCode().Matches(body))
            if (!_codes.Contains(m.Value)) yield return $"{code}: code {m.Value} is not in the loaded sets";
        // A code the articles name but the code set lacks may be printed only where the dossier flags it as such.
        var flagged = dossier.UnlistedDiagnoses.Codes
            .Concat(dossier.CoverageArticles.SelectMany(a => a.Noncovered).Where(n => n.CodeSet is null).Select(n => n.Code)).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in IcdToken().Matches(body))
            if (!_icd.Contains(m.Value) && !flagged.Contains(m.Value)) yield return $"{code}: ICD-10-CM {m.Value} is not loaded";
        foreach (Match m in TaxonomyToken().Matches(body))
            if (TaxonomyCode.TryParse(m.Value, out _) && !_nucc.Contains(m.Value)) yield return $"{code}: taxonomy {m.Value} is not loaded";
        foreach (var modifier in modifiers)
            if (!_modifiers.Contains(modifier) && !ModifierRules.CptModifiers.Contains(modifier) && !PfsIndicators.ModifiersNamedByLayout.Contains(modifier))
                yield return $"{code}: modifier {modifier} is in no loaded set";

        var dossierNumbers = Numbers(CodeBriefJson.Serialize(dossier));
        foreach (var n in Numbers(numbersBody))
            if (!dossierNumbers.Contains(n)) yield return $"{code}: number {n} is not in its dossier";
    }

    private static HashSet<string> Numbers(string text) =>
        NumberToken().Matches(ThousandsComma().Replace(text, "")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    // An MCD article link's id (articleid=52399) is five digits like a CPT code, and is no procedure code.
    [GeneratedRegex(@"(?<!row |articleid=)\b(\d{4}[0-9FTUMA]|[A-V]\d{4})\b")]
    private static partial Regex ProcedureCode();

    [GeneratedRegex(@"\b[A-Z]\d{2}\.[0-9A-Z]{1,4}\b")]
    private static partial Regex IcdToken();

    [GeneratedRegex(@"\b[0-9A-Z]{9}X\b")]
    private static partial Regex TaxonomyToken();

    [GeneratedRegex(@"\[\\\[\d+\\\]\]\(#src-\d+")]
    private static partial Regex CitationMark();

    [GeneratedRegex(@"(?m)^\d+\. <a id=""src-\d+""></a>")]
    private static partial Regex CitedRowNumber();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"(?<=\d),(?=\d{3})")]
    private static partial Regex ThousandsComma();

    private static List<string> Strings(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }
}

using System.Globalization;
using CodeBrief.Cli;
using CodeBrief.Dossier;

namespace CodeBrief.Verify.Tests.Support;

/// <summary>
/// Class fixture for the publish gate: <c>codebrief publish</c> run once, in-process, over the real warehouse for the five
/// codes of the code-briefs issue and a deterministic sample of every other code, in Markdown and HTML.
/// </summary>
public sealed class PublishedBriefs : IDisposable
{
    /// <summary>The codes of the code-briefs issue, published always.</summary>
    public static readonly string[] IssueCodes = ["83789", "83950", "0689T", "82331", "86320"];

    /// <summary>Every <c>SampleStep</c>-th code of PFS ∪ CLFS ∪ HCPCS Level II in ordinal order joins the sample.</summary>
    public const int SampleStep = 150;

    /// <summary>The formats published and verified.</summary>
    public static readonly string[] Extensions = [".md", ".html"];

    public PublishedBriefs()
    {
        Folder = Directory.CreateTempSubdirectory("codebrief-gate-").FullName;
        using (var db = RealWarehouse.Open())
        {
            var all = new DossierBuilder(db).AllCodes().OrderBy(c => c, StringComparer.Ordinal).ToList();
            AllCodeCount = all.Count;
            Codes = IssueCodes.Concat(all.Where((_, i) => i % SampleStep == 0)).Distinct(StringComparer.Ordinal).ToList();
        }
        var codesFile = Path.Combine(Folder, "codes.txt");
        File.WriteAllLines(codesFile, Codes);
        var output = new StringWriter();
        var error = new StringWriter();
        Exit = CodeBriefApp.RunAsync(["--home", RealWarehouse.Home, "publish", "--codes-file", codesFile, "--out", Path.Combine(Folder, "site"), "--format", "md,html"],
            output, error, CancellationToken.None).GetAwaiter().GetResult();
        Output = output.ToString() + error.ToString();
    }

    /// <summary>The scratch folder; briefs are under <c>site/</c>.</summary>
    public string Folder { get; }

    /// <summary>The codes published, issue codes first.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>How many codes the warehouse holds (the population sampled).</summary>
    public int AllCodeCount { get; }

    /// <summary>The exit code of <c>publish</c> and what it printed.</summary>
    public int Exit { get; }

    public string Output { get; }

    /// <summary>The path of one published brief.</summary>
    public string PathOf(string code, string extension) => Path.Combine(Folder, "site", code + extension);

    /// <summary>Every published brief, code by code.</summary>
    public IEnumerable<(string Code, string Path)> Briefs() =>
        Codes.SelectMany(c => Extensions.Select(e => (c, PathOf(c, e))));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Codes.Count} of {AllCodeCount} codes");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

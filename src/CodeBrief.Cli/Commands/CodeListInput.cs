using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;

namespace CodeBrief.Cli.Commands;

/// <summary>The codes of <c>--codes LIST</c> or <c>--codes-file FILE</c>, read the same way by every command that takes them.</summary>
internal static class CodeListInput
{
    /// <summary>The codes given, or null when neither option is.</summary>
    /// <exception cref="UsageException">Both options are given, or an entry is not a code (<see cref="CodeList.Parse"/>).</exception>
    /// <exception cref="SourceUnavailableException">The codes file does not exist.</exception>
    public static IReadOnlyList<HcpcsCode>? Read(string? list, FileInfo? file)
    {
        if (list is not null && file is not null) throw new UsageException("Give either --codes or --codes-file, not both.");
        if (list is not null) return CodeList.Parse(list);
        if (file is null) return null;
        if (!File.Exists(file.FullName))
            throw new SourceUnavailableException(file.FullName, $"{file.FullName}: no such codes file. Give the path of a file with one code per line, or pass --codes LIST.");
        return CodeList.Parse(File.ReadAllText(file.FullName));
    }

    /// <summary>
    /// Requires every code of <paramref name="codes"/> to be in <paramref name="known"/> (the loaded code sets, ordinal
    /// order); an empty <paramref name="known"/> (no reference data loaded) checks nothing.
    /// </summary>
    /// <exception cref="UsageException">Some codes are unknown; the message names them and the loaded codes one character away.</exception>
    public static void RequireKnown(IReadOnlyList<HcpcsCode> codes, IReadOnlyList<string> known)
    {
        if (known.Count == 0) return;
        var set = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        var unknown = codes.Select(c => c.Value).Where(c => !set.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0) return;
        var parts = unknown.Select(u =>
        {
            var near = known.Where(k => OneApart(u, k)).Take(3).ToList();
            return near.Count == 0 ? u : $"{u} (did you mean {string.Join(" or ", near)}?)";
        });
        throw new UsageException($"--codes: {unknown.Count} code(s) are not in the loaded code sets: {string.Join(", ", parts)}. " +
            "Correct them, or run `codebrief data status` to see which code sets are loaded.");
    }

    /// <summary>Same length, one character different: the usual typo (O for 0, I for 1).</summary>
    private static bool OneApart(string a, string b)
    {
        if (a.Length != b.Length) return false;
        var diff = 0;
        for (var i = 0; i < a.Length && diff < 2; i++)
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[i])) diff++;
        return diff == 1;
    }
}

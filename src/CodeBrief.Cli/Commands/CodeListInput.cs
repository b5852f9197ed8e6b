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
}

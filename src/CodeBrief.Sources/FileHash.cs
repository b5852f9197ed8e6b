using System.Security.Cryptography;

namespace CodeBrief.Sources;

/// <summary>SHA-256 of files, as lower-case hex: the identity of a fetched or loaded file.</summary>
public static class FileHash
{
    /// <summary>Hashes the file at <paramref name="path"/> by streaming it.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

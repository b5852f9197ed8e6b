using System.Security.Cryptography;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// The SHA-256 of a TiC file's decompressed bytes, computed while they stream past (<see cref="TicStreams.Open(string, bool, ContentHash?, Action{long}?)"/>
/// hashes on the decompression thread), so the same data in another wrapper (.json, .json.gz at any level, a zip entry)
/// has the same hash, and items a filter skips untokenised are still hashed.
/// </summary>
/// <remarks>Fed by one thread; read <see cref="Hex"/> only after the stream has been read to its end.</remarks>
public sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hex;

    /// <summary>Decompressed bytes hashed so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>True once the stream reported its end (every byte was hashed).</summary>
    public bool Complete { get; private set; }

    internal void Append(ReadOnlySpan<byte> data)
    {
        _hash.AppendData(data);
        Bytes += data.Length;
    }

    internal void End() => Complete = true;

    /// <summary>The lower-case hex SHA-256 of every decompressed byte.</summary>
    /// <exception cref="InvalidOperationException">The stream was not read to its end.</exception>
    public string Hex
    {
        get
        {
            if (!Complete) throw new InvalidOperationException("The content hash is known only after the whole stream was read.");
            return _hex ??= Convert.ToHexStringLower(_hash.GetHashAndReset());
        }
    }

    /// <summary>Releases the hash.</summary>
    public void Dispose() => _hash.Dispose();
}

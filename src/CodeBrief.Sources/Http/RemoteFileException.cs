using CodeBrief.Core.Errors;

namespace CodeBrief.Sources.Http;

/// <summary>A remote file could not be downloaded: which URL, why, and how many bytes had arrived.</summary>
public sealed class RemoteFileException : CodeBriefException
{
    /// <summary>Creates the exception; the message names the URL, the reason and the offset.</summary>
    public RemoteFileException(string url, RemoteFailureKind kind, long offset, string reason, Exception? inner = null)
        : base($"{url}: {reason} (at byte offset {offset:N0}).", inner)
    {
        Url = url;
        Kind = kind;
        Offset = offset;
        Reason = reason;
    }

    /// <summary>The URL as listed (before any <see cref="UrlMap"/> rewrite).</summary>
    public string Url { get; }

    /// <summary>Why it failed.</summary>
    public RemoteFailureKind Kind { get; }

    /// <summary>Bytes of the file received before the failure.</summary>
    public long Offset { get; }

    /// <summary>The reason in words, without the URL.</summary>
    public string Reason { get; }
}

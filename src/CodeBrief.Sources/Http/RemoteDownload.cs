namespace CodeBrief.Sources.Http;

/// <summary>A file downloaded whole.</summary>
/// <param name="Path">Where it is.</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">SHA-256 of its bytes, lower-case hex.</param>
/// <param name="Resumed">True when the download continued bytes kept from an earlier, interrupted run.</param>
public sealed record RemoteDownload(string Path, long Bytes, string Sha256, bool Resumed);

namespace CodeBrief.Cli.Crawl;

/// <summary>A provider-reference file that could not be had or read: its URL, why, and where.</summary>
/// <param name="Url">The <c>location</c> as the in-network file gives it.</param>
/// <param name="Kind">The failure kind (<see cref="Sources.Http.RemoteFailureKind"/> name, or <c>BadFile</c> for one that does not read).</param>
/// <param name="Offset">Bytes received, or the offset of the first error in the file.</param>
/// <param name="Message">The reason in words.</param>
public sealed record ReferenceFailure(string Url, string Kind, long Offset, string Message);

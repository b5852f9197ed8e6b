namespace CodeBrief.Sources.Http;

/// <summary>Why a remote file could not be had; each is reported with its URL and the byte offset reached.</summary>
public enum RemoteFailureKind
{
    /// <summary>The server answered 404 or 410: the listed file is not there.</summary>
    NotFound,
    /// <summary>A signed link whose signature has expired (403 with a past expiry in its query, or the host's expired-signature answer).</summary>
    ExpiredLink,
    /// <summary>Redirects that come back to a URL already visited.</summary>
    RedirectLoop,
    /// <summary>More redirects than <see cref="RemoteFile.MaxRedirects"/>.</summary>
    TooManyRedirects,
    /// <summary>An HTML page where a JSON (or gzip, zip) file was expected: a login wall, an error page, a landing page.</summary>
    Html,
    /// <summary>The file changed between two reads of it (its ETag or length differs from the one the earlier bytes came with).</summary>
    Changed,
    /// <summary>Another error status, after retries for 429 and 5xx.</summary>
    HttpStatus,
    /// <summary>The host could not be reached, or the connection broke off more often than the retries allow.</summary>
    Network,
}

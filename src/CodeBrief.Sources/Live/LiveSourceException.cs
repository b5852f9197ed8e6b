using System.Net;

namespace CodeBrief.Sources.Live;

/// <summary>
/// A live source could not give what was asked: unreachable, an error status after the retries, a body that is not
/// whole JSON, or a response whose fields are not the documented ones. The message names the endpoint (and the field).
/// </summary>
public sealed class LiveSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LiveSourceException(Uri endpoint, string message, HttpStatusCode? status = null, Exception? inner = null) : base(message, inner)
    {
        Endpoint = endpoint;
        Status = status;
    }

    /// <summary>The URL that failed.</summary>
    public Uri Endpoint { get; }

    /// <summary>The HTTP status the server answered with, or null when there was no answer (offline, DNS, broken body).</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>True when the server could not be reached at all (no answer).</summary>
    public bool Unreachable { get; init; }
}

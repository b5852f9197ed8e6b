using System.Net.Sockets;
using CodeBrief.Core.Errors;
using Microsoft.AspNetCore.Builder;

namespace CodeBrief.Cli.Commands;

/// <summary>The addresses <c>serve --urls</c> listens on: checked before the server is built, and a busy port told as such.</summary>
internal static class ListenUrls
{
    /// <summary>Checks every ';'-separated address is an absolute http or https URL with a host; returns the text unchanged.</summary>
    /// <exception cref="UsageException">An address is not such a URL.</exception>
    public static string Parse(string text)
    {
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) throw new UsageException("--urls names no address. Give one or more, separated by ';', such as http://127.0.0.1:5080.");
        foreach (var part in parts)
        {
            // Kestrel also takes * and + as the host; Uri reads them as host names, which is what they stand for here.
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
                throw new UsageException($"--urls: \"{part}\" is not an address to listen on. Give http://HOST:PORT (port 0 picks a free one), such as http://127.0.0.1:5080.");
        }
        return text;
    }

    /// <summary>Starts <paramref name="app"/>; a port another process holds becomes a <see cref="SourceUnavailableException"/>.</summary>
    public static async Task StartAsync(WebApplication app, string urls, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new SourceUnavailableException(urls, $"Cannot listen on {urls}: the port is in use by another program. Stop it, or pass --urls with another port (port 0 picks a free one).", e);
        }
    }
}

using CodeBrief.Warehouse;

namespace CodeBrief.Web;

/// <summary>What <see cref="WebHost.Build"/> needs: how to open the warehouse to read and the addresses to listen on.</summary>
public sealed record WebHostOptions
{
    /// <summary>The default address of <c>codebrief serve</c>: loopback only, so nothing is exposed unless asked.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Opens the warehouse read-only; the caller disposes what it returns.</summary>
    /// <remarks>Called once by <see cref="WebHost.Build"/> (to fail early), once for the brief cache, which keeps that warehouse
    /// open until the application is disposed, and once per request that searches or lists sources, from any thread at once. An
    /// engine that keeps its connections pooled (SQLite <c>pooled: true</c>) makes the per-request opens cheap.</remarks>
    public required Func<IWarehouse> OpenWarehouse { get; init; }

    /// <summary>Where the data lives, for messages: the SQLite file path, or the PostgreSQL URL without its password.</summary>
    public required string Store { get; init; }

    /// <summary>Semicolon-separated listen addresses (Kestrel syntax); port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Most rendered briefs kept in memory (the warehouse cannot change while serving, so they never go stale).</summary>
    public int BriefCacheCapacity { get; init; } = 20_000;

    /// <summary>The clock that dates the briefs ("generated on").</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

namespace CodeBrief.Web;

/// <summary>What <see cref="WebHost.Build"/> needs: the warehouse to read and the addresses to listen on.</summary>
public sealed record WebHostOptions
{
    /// <summary>The default address of <c>codebrief serve</c>: loopback only, so nothing is exposed unless asked.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Full path of <c>warehouse.db</c>; opened read-only.</summary>
    public required string WarehousePath { get; init; }

    /// <summary>Semicolon-separated listen addresses (Kestrel syntax); port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Most rendered briefs kept in memory (the warehouse cannot change while serving, so they never go stale).</summary>
    public int BriefCacheCapacity { get; init; } = 20_000;

    /// <summary>The clock that dates the briefs ("generated on").</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

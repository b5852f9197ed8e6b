namespace CodeBrief.Sources.Http;

/// <summary>How often and how patiently a request is tried again after a 429, a 5xx, a timeout or a dropped connection.</summary>
/// <param name="MaxRetries">Tries after the first.</param>
/// <param name="BaseDelay">The first wait; later waits grow exponentially (with jitter), unless the server's <c>Retry-After</c> says otherwise.</param>
/// <param name="MaxDelay">The longest wait.</param>
/// <param name="AttemptTimeout">How long one try may wait for the response headers (a body's transfer is not limited by it).</param>
public sealed record RetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan AttemptTimeout)
{
    /// <summary>Six retries from two seconds up to two minutes apart; five minutes for a server's answer.</summary>
    public static RetrySettings Default { get; } = new(6, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5));
}

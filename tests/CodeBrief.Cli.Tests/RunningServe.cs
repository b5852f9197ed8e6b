using System.Text.RegularExpressions;

namespace CodeBrief.Cli.Tests;

/// <summary><c>codebrief serve --urls http://127.0.0.1:0</c> run in-process until <see cref="StopAsync"/>, with a client for its address.</summary>
internal sealed partial class RunningServe : IAsyncDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly CancellationTokenSource _stop = new();
    private Task<int>? _run;

    private RunningServe() { }

    /// <summary>A client whose base address is the server's.</summary>
    public HttpClient Client { get; private set; } = null!; // set by StartAsync before the instance is handed out

    /// <summary>Starts <c>serve</c> with <paramref name="args"/> (home, store) and waits until it prints its address.</summary>
    public static async Task<RunningServe> StartAsync(params string[] args)
    {
        var serve = new RunningServe();
        serve._run = CodeBriefApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", .. args], serve._output, serve._error, serve._stop.Token);
        string? address = null;
        for (var i = 0; i < 600 && address is null && !serve._run.IsCompleted; i++)
        {
            await Task.Delay(50);
            address = AddressPattern().Match(serve._output.ToString()) is { Success: true } m ? m.Groups[1].Value : null;
        }
        address.ShouldNotBeNull($"no address printed; stderr: {serve._error}");
        serve.Client = new HttpClient { BaseAddress = new Uri(address) };
        return serve;
    }

    /// <summary>Stops the server and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run!; // set in StartAsync
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is { IsCompleted: false }) await StopAsync();
        Client?.Dispose();
        _stop.Dispose();
        await _output.DisposeAsync();
        await _error.DisposeAsync();
    }

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressPattern();
}

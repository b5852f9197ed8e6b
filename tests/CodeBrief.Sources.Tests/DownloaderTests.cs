using System.Text;
using CodeBrief.Core.Errors;

namespace CodeBrief.Sources.Tests;

public sealed class DownloaderTests : IDisposable
{
    private const string Remedy = "Download the file yourself and pass its path.";
    private static readonly Uri Url = new("https://example.org/files/in-network%20rates.json.gz");
    private readonly TempHome _temp = new();
    private readonly FakeHandler _handler = new();

    public void Dispose() => _temp.Dispose();

    private string Target => _temp.Sub("rates.json.gz");

    private async Task DownloadAsync(CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient(_handler);
        await Downloader.DownloadAsync(http, Url, Target, Remedy, cancellationToken);
    }

    [Fact]
    public async Task DownloadAsync_Body_IsWrittenToThePathAndNoTempFileRemains()
    {
        _handler.Bodies[Url] = Encoding.UTF8.GetBytes("{\"in_network\":[]}");

        await DownloadAsync();

        File.ReadAllText(Target).ShouldBe("{\"in_network\":[]}");
        Directory.GetFiles(_temp.Path).ShouldBe([Target]);
    }

    [Fact]
    public async Task DownloadAsync_FileAlreadyThere_IsReplaced()
    {
        File.WriteAllText(Target, "old");
        _handler.Bodies[Url] = Encoding.UTF8.GetBytes("new");

        await DownloadAsync();

        File.ReadAllText(Target).ShouldBe("new");
    }

    [Fact]
    public async Task DownloadAsync_NotFound_ThrowsSourceUnavailableWithUrlStatusAndRemedy()
    {
        var ex = await Should.ThrowAsync<SourceUnavailableException>(() => DownloadAsync());

        ex.What.ShouldBe(Url.ToString());
        ex.Message.ShouldContain("404");
        ex.Message.ShouldEndWith(Remedy);
        Directory.GetFiles(_temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_ServerUnreachable_ThrowsSourceUnavailableWithTheReason()
    {
        _handler.Failures[Url] = new HttpRequestException("Name or service not known (example.org:443)");

        var ex = await Should.ThrowAsync<SourceUnavailableException>(() => DownloadAsync());

        ex.Message.ShouldContain("Name or service not known");
        ex.InnerException.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task DownloadAsync_Timeout_ThrowsSourceUnavailableSayingSo()
    {
        _handler.Failures[Url] = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.");

        var ex = await Should.ThrowAsync<SourceUnavailableException>(() => DownloadAsync());

        ex.Message.ShouldContain("timed out");
    }

    [Fact]
    public async Task DownloadAsync_BodyBreaksOff_ThrowsAndLeavesNoFile()
    {
        File.WriteAllText(Target, "previous");
        _handler.BrokenBodies.Add(Url);

        var ex = await Should.ThrowAsync<SourceUnavailableException>(() => DownloadAsync());

        ex.Message.ShouldContain("Connection reset by peer");
        File.ReadAllText(Target).ShouldBe("previous");
        Directory.GetFiles(_temp.Path).ShouldBe([Target]);
    }

    [Fact]
    public async Task DownloadAsync_Cancelled_ThrowsOperationCanceledNotAFailure()
    {
        _handler.Bodies[Url] = [1, 2, 3];
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => DownloadAsync(cts.Token));
        File.Exists(Target).ShouldBeFalse();
    }

    [Theory]
    [InlineData("https://example.org/files/in-network%20rates.json.gz", "in-network rates.json.gz")]
    [InlineData("https://example.org/files/", "fallback")]
    [InlineData("https://example.org", "fallback")]
    public void FileNameOf_Url_IsTheUnescapedLastSegment(string url, string expected) =>
        Downloader.FileNameOf(new Uri(url), "fallback").ShouldBe(expected);
}

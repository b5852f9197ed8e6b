using CodeBrief.Sources.Http;

namespace CodeBrief.Sources.Tests.Http;

public sealed class SignedUrlTests
{
    // An entry of the real BCBS TX table of contents (signature shortened): CloudFront canned policy.
    private const string CloudFront = "https://bcbstx.mrf.bcbs.com/2024-11_102_11B0_in-network-rates_1_of_6.json.gz?&Expires=1734789642&Signature=uajoGMD16BeU4jT~x__&Key-Pair-Id=K27TQMT39R1C8A";

    [Fact]
    public void Key_CloudFrontLinksSignedTwice_AreTheSameFile()
    {
        var again = CloudFront.Replace("Expires=1734789642&Signature=uajoGMD16BeU4jT~x__", "Expires=1737000000&Signature=other", StringComparison.Ordinal);

        SignedUrl.Key(CloudFront).ShouldBe("https://bcbstx.mrf.bcbs.com/2024-11_102_11B0_in-network-rates_1_of_6.json.gz");
        SignedUrl.Key(again).ShouldBe(SignedUrl.Key(CloudFront));
    }

    [Fact]
    public void Key_QueryWithoutSignature_IsKept()
    {
        var url = "https://transparency-in-coverage.uhc.com/api/v1/uhc/blobs/download?fd=2024-05-01&fn=2024-05-01_Oxford_eviCore_in-network-rates.json";
        SignedUrl.Key(url).ShouldBe(url);
        SignedUrl.Key(url.Replace("Oxford", "Other", StringComparison.Ordinal)).ShouldNotBe(SignedUrl.Key(url));
    }

    [Fact]
    public void Key_S3AndAzureSignatures_AreDropped()
    {
        SignedUrl.Key("https://b.s3.amazonaws.com/f.json.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600&X-Amz-Signature=ab")
            .ShouldBe("https://b.s3.amazonaws.com/f.json.gz");
        SignedUrl.Key("https://a.blob.core.windows.net/output/f.json.gz?sv=2021-08-06&se=2024-11-01T00%3A00%3A00Z&sr=b&sp=r&sig=abc%3D")
            .ShouldBe("https://a.blob.core.windows.net/output/f.json.gz");
    }

    [Fact]
    public void ExpiresAt_ReadsCloudFrontS3AndAzureExpiries()
    {
        SignedUrl.ExpiresAt(new Uri(CloudFront)).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1734789642));
        SignedUrl.ExpiresAt(new Uri("https://b.s3.amazonaws.com/f?X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600&X-Amz-Signature=ab"))
            .ShouldBe(new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero));
        SignedUrl.ExpiresAt(new Uri("https://a.blob.core.windows.net/o/f?sv=2021&se=2024-11-01T00%3A00%3A00Z&sig=abc"))
            .ShouldBe(new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero));
        SignedUrl.ExpiresAt(new Uri("https://mrf.example/f.json")).ShouldBeNull();
    }

    [Theory]
    [InlineData("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>", true)]
    [InlineData("<Error><Code>AuthenticationFailed</Code><AuthenticationErrorDetail>Signature not valid in the specified time frame</AuthenticationErrorDetail></Error>", true)]
    [InlineData("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>", false)]
    public void ExpiredSignatureBody_KnowsTheHostsExpiredAnswers(string body, bool expired) =>
        RemoteFile.ExpiredSignatureBody(body).ShouldBe(expired);
}

using System.Net;
using Xunit;

namespace SozialHub.Portal.Tests.Authentication;

/// <summary>The portal tells the API its visitor's address (for the API's limits per address), never one the visitor claims.</summary>
[Collection(SignInCollection.Collection)]
public sealed class ClientAddressTests(SignInFixture fixture)
{
    [Fact]
    public async Task The_portal_forwards_the_visitors_address_and_replaces_a_forwarded_header_the_visitor_sent()
    {
        using var http = new HttpClient { BaseAddress = fixture.Portal.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sozialraeume");
        request.Headers.Add("X-Forwarded-For", "203.0.113.66");
        fixture.Proxy.ForwardedFor.Clear();

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(fixture.Proxy.ForwardedFor);
        // The test connects from loopback; the claimed address goes nowhere.
        Assert.All(fixture.Proxy.ForwardedFor, sent => Assert.Equal("127.0.0.1", sent));
    }
}

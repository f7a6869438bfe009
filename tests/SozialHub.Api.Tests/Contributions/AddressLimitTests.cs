using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>
/// Contributions per client address and hour, whatever the accounts; the address is the connection's, or the one a
/// trusted proxy (loopback by default, like the portal beside the API) forwards in X-Forwarded-For.
/// </summary>
[Collection(ApiCollection.Collection)]
public sealed class AddressLimitTests(ApiEnvironment environment)
{
    private const string Portal = "127.0.0.1";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_forwarded_address_gets_its_hourly_allowance_across_accounts_and_then_a_German_message(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider, "participation-address", ("Participation:MaxPerHourPerAddress", "2"));
        var people = Enumerable.Range(1, 3).Select(i => ParticipationApi.Person($"Nachbar {i}", "citizen")).ToList();

        var first = await PostFromAsync(api, people[0], Portal, "203.0.113.7", "Erster Beitrag aus dem Haus.");
        var second = await PostFromAsync(api, people[1], Portal, "203.0.113.7", "Zweiter Beitrag aus dem Haus.");
        var third = await PostFromAsync(api, people[2], Portal, "203.0.113.7", "Dritter Beitrag aus dem Haus.");
        var elsewhere = await PostFromAsync(api, people[2], Portal, "203.0.113.8", "Dritter Beitrag, anderswo geschrieben.");

        Assert.Equal(0, first.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, second.GetProperty("errors").GetArrayLength());
        Assert.Equal((null, "RATE_LIMITED"), third.Error());
        Assert.Equal("Aus Ihrem Netzwerk wurden in der letzten Stunde schon 2 Beiträge geschrieben. Bitte später weiterschreiben.",
            third.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, elsewhere.GetProperty("errors").GetArrayLength());
        Assert.Equal(1, await api.ContributionsOfAsync(people[2]));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_caller_that_is_no_trusted_proxy_cannot_choose_its_address_by_header(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider, "participation-address", ("Participation:MaxPerHourPerAddress", "2"));
        var people = Enumerable.Range(1, 3).Select(i => ParticipationApi.Person($"Fälscher {i}", "citizen")).ToList();

        // Each request claims another address; the API counts the connection's.
        var results = new List<JsonElement>();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            results.Add(await PostFromAsync(api, person, "198.51.100.20", $"203.0.113.{50 + i}", $"Beitrag {i} mit erfundener Adresse."));
        }

        Assert.Equal([0, 0], results.Take(2).Select(r => r.GetProperty("errors").GetArrayLength()));
        Assert.Equal((null, "RATE_LIMITED"), results[2].Error());
        Assert.Equal(0, await api.ContributionsOfAsync(people[2]));
    }

    /// <summary>postComment over a connection from <paramref name="remote"/>, which sends <paramref name="forwardedFor"/>.</summary>
    private static async Task<JsonElement> PostFromAsync(ParticipationApi api, TestToken author, string remote, string forwardedFor, string text)
    {
        var body = JsonSerializer.Serialize(new
        {
            query = "mutation($input: PostCommentInput!) { postComment(input: $input) { contribution { id } errors { field code message } } }",
            variables = new { input = new { actionField = "education", text } },
        });
        var context = await api.Api.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Path = "/graphql";
            http.Request.ContentType = "application/json";
            http.Request.Headers.Authorization = "Bearer " + api.Mint(author);
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });
        using var answer = await JsonDocument.ParseAsync(context.Response.Body);
        return answer.RootElement.GetProperty("data").GetProperty("postComment").Clone();
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>
/// The API with the demo city on one provider, trusting the environment's <see cref="TestTokenIssuer"/>, with
/// post-moderation (unless a test asks for its own settings) and identity's machine client configured.
/// Each test uses people of its own (<see cref="Person"/>), so tests sharing the API do not meet.
/// </summary>
public sealed class ParticipationApi(ApiFactory api, TestTokenIssuer issuer)
{
    public const string AccountClient = "identity-accounts";

    public const string ContributionFields = "id kind state authorName organization { name } writtenBy title text html hiddenReason isEdited depth supportCount createdAt";

    public ApiFactory Api { get; } = api;

    public static async Task<ParticipationApi> SharedAsync(ApiEnvironment environment, DatabaseProvider provider, string name = "participation",
        params (string Key, string? Value)[] settings)
    {
        var issuer = await environment.IssuerAsync();
        var api = await environment.SharedAsync(name, provider, _ => Task.CompletedTask, loadDemoCity: true,
        [
            ("Identity:Authority", issuer.Authority.ToString()),
            ("Participation:PreModeration", "0"),
            // In-process requests have no client address: every test would share one allowance.
            ("Participation:MaxPerHourPerAddress", "100000"),
            ($"Authorization:MachineClients:{AccountClient}:Policies:0", "account-data"),
            ($"Authorization:MachineClients:{AccountClient}:Policies:1", "hub.write"),
            .. settings,
        ]);
        return new ParticipationApi(api, issuer);
    }

    /// <summary>A person of this test only: a fresh subject with the name and roles given.</summary>
    public static TestToken Person(string name, params string[] roles) =>
        TestToken.Person(roles) with { Subject = $"{name}-{Guid.NewGuid():N}", Name = name };

    /// <summary>The token as the API's clients send it.</summary>
    public string Mint(TestToken token) => issuer.Mint(token);

    public HttpClient Client(TestToken? token)
    {
        var http = Api.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Mint(token));
        }

        return http;
    }

    /// <summary>Runs one mutation and returns its payload (the test fails on GraphQL errors).</summary>
    public async Task<JsonElement> MutateAsync(TestToken token, string mutation, object input, string select = ContributionFields)
    {
        var data = await Client(token).QueryAsync(
            $"mutation($input: {InputTypeOf(mutation)}!) {{ {mutation}(input: $input) {{ contribution {{ {select} }} errors {{ field code message }} }} }}",
            new { input });
        return data.GetProperty(mutation);
    }

    /// <summary>Runs a mutation that must succeed and returns the contribution.</summary>
    public async Task<JsonElement> SucceedAsync(TestToken token, string mutation, object input, string select = ContributionFields)
    {
        var payload = await MutateAsync(token, mutation, input, select);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("contribution");
    }

    public async Task<JsonElement> CommentAsync(TestToken author, string text, string actionField = "education") =>
        await SucceedAsync(author, "postComment", new { actionField, text });

    public async Task<JsonElement> ReplyAsync(TestToken author, JsonElement parent, string text) =>
        await SucceedAsync(author, "postComment", new { replyTo = parent.Id(), text });

    public Task<int> CountAsync(Func<Api.Database.ApiDbContext, Task<int>> count) => Api.WithDbAsync(count);

    public Task<int> ContributionsOfAsync(TestToken author) =>
        CountAsync(db => db.Contributions.CountAsync(c => c.AuthorSubject == author.Subject));

    private static string InputTypeOf(string mutation) => mutation switch
    {
        "postComment" => "PostCommentInput",
        "postLocalKnowledge" => "PostLocalKnowledgeInput",
        "editContribution" => "EditContributionInput",
        "flagContribution" or "hideContribution" => "ContributionReasonInput",
        _ => "ContributionIdInput",
    };
}

internal static class PayloadReading
{
    public static string Id(this JsonElement contribution) => contribution.GetProperty("id").GetString()!;

    public static string? Text(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    /// <summary>The single error of a payload: field and code.</summary>
    public static (string? Field, string Code) Error(this JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("contribution").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return (error.Text("field"), error.GetProperty("code").GetString()!);
    }
}

using System.Text.Json;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Organizations;

/// <summary>The API with the demo city and signed-in people of each test's own, for the organisation-team mutations.</summary>
public sealed class TeamApi(ParticipationApi api)
{
    public const string OrganizationFields = "organization { id name isVerified requiresReview descriptionHtml website viewerRole }";
    public const string MemberFields = "member { id displayName email role organization { id } }";
    public const string RequestFields = "request { id status displayName organization { id } }";
    public const string InvitationFields = "invitation { id email role state expiresAt } token";

    public ParticipationApi Api { get; } = api;

    public static async Task<TeamApi> SharedAsync(ApiEnvironment environment, DatabaseProvider provider) =>
        new(await ParticipationApi.SharedAsync(environment, provider, "teams"));

    /// <summary>A person of this test only, with an address of their own.</summary>
    public static TestToken Person(string name, params string[] roles)
    {
        var token = ParticipationApi.Person(name, roles.Length == 0 ? ["citizen"] : roles);
        return token with { Email = $"{token.Subject.Replace(' ', '.').ToLowerInvariant()}@example.org" };
    }

    /// <summary>Runs one mutation and returns its payload (the test fails on GraphQL errors).</summary>
    public async Task<JsonElement> MutateAsync(TestToken token, string mutation, object input)
    {
        var data = await Api.Client(token).QueryAsync(
            $"mutation($input: {InputTypeOf(mutation)}!) {{ {mutation}(input: $input) {{ {SelectionOf(mutation)} errors {{ field code message }} }} }}",
            new { input });
        return data.GetProperty(mutation);
    }

    /// <summary>Runs a mutation that must succeed; returns the payload.</summary>
    public async Task<JsonElement> SucceedAsync(TestToken token, string mutation, object input)
    {
        var payload = await MutateAsync(token, mutation, input);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload;
    }

    /// <summary>A new organisation requested by <paramref name="owner"/>; returns its id.</summary>
    public async Task<string> OrganizationAsync(TestToken owner, string? name = null) =>
        (await SucceedAsync(owner, "requestOrganization", new { name = name ?? $"Verein {Guid.NewGuid():N}" }))
        .GetProperty("organization").GetProperty("id").GetString()!;

    /// <summary>Invites and accepts: <paramref name="person"/> becomes a member; returns the member's id.</summary>
    public async Task<string> JoinAsync(TestToken owner, string organization, TestToken person, string role = "EDITOR")
    {
        var invited = await SucceedAsync(owner, "inviteMember", new { organization, email = person.Email, role });
        await SucceedAsync(person, "acceptInvitation", new { token = invited.GetProperty("token").GetString() });
        return await MemberIdAsync(owner, organization, person.Name!);
    }

    public async Task<JsonElement> MembersAsync(TestToken? caller, string organization) =>
        (await Api.Client(caller).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Organization { members { id displayName role } membershipRequests { id displayName } invitations { id email state } } } }",
            new { id = organization })).GetProperty("node");

    public async Task<string> MemberIdAsync(TestToken owner, string organization, string name) =>
        (await MembersAsync(owner, organization)).GetProperty("members").EnumerateArray()
        .Single(m => m.GetProperty("displayName").GetString() == name).GetProperty("id").GetString()!;

    public async Task<Dictionary<string, string>> RolesAsync(TestToken owner, string organization) =>
        (await MembersAsync(owner, organization)).GetProperty("members").EnumerateArray()
        .ToDictionary(m => m.GetProperty("displayName").GetString()!, m => m.GetProperty("role").GetString()!);

    public async Task<JsonElement> ViewerAsync(TestToken person) =>
        (await Api.Client(person).QueryAsync(
            """
            { viewer { name isPlanner memberships { role organization { id name } } membershipRequests { id organization { id } }
              invitations { id organization { id } } unverifiedOrganizations { id name } openMembershipRequests { id } } }
            """)).GetProperty("viewer");

    private static string InputTypeOf(string mutation) => mutation switch
    {
        "verifyOrganization" or "leaveOrganization" => "OrganizationIdInput",
        "approveMembershipRequest" or "declineMembershipRequest" => "MembershipRequestIdInput",
        "removeMember" or "handOverOwnership" => "MemberIdInput",
        "revokeInvitation" => "InvitationIdInput",
        _ => char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input",
    };

    private static string SelectionOf(string mutation) => mutation switch
    {
        "requestOrganization" or "updateOrganization" or "verifyOrganization" or "setOrganizationRequiresReview" => OrganizationFields,
        "requestMembership" or "approveMembershipRequest" or "declineMembershipRequest" => RequestFields,
        "inviteMember" or "acceptInvitation" or "revokeInvitation" => InvitationFields,
        _ => MemberFields,
    };
}

internal static class TeamPayloads
{
    /// <summary>The single error of a payload: field and code (its message is German and not empty).</summary>
    public static (string? Field, string Code, string Message) Error(this JsonElement payload)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        var message = error.GetProperty("message").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(message));
        return (error.Text("field"), error.GetProperty("code").GetString()!, message);
    }

    public static (string? Field, string Code) Problem(this JsonElement payload)
    {
        var (field, code, _) = payload.Error();
        return (field, code);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Cooperations;

/// <summary>Propose, confirm, decline and end cooperations; who sees them before and after (issue 7, methods.md §8).</summary>
[Collection(ApiCollection.Collection)]
public sealed class CooperationFlowTests(ApiEnvironment environment)
{
    private const string Fields = "cooperation { id status isConfirmed until proposerConfirmedAt partnerConfirmedAt declinedAt actionFields { key } }";
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { ... on Cooperation { status } } }";
    private const string OrganizationQuery = "query($id: ID!) { node(id: $id) { ... on Organization { cooperations { id } } } }";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_proposal_is_seen_by_both_sides_and_public_only_after_the_partner_confirmed_it(DatabaseProvider provider)
    {
        var api = await DirectoryWriteApi.SharedAsync(environment, provider);
        var (a, b) = await api.PairAsync(0);
        var memberA = await api.MemberOfAsync(a, "Anna Antrag");
        var memberB = await api.MemberOfAsync(b, "Bernd Bestätigt");
        var outsider = ParticipationApi.Person("Olga Außen", "organization");
        var planner = ParticipationApi.Person("Petra Plan", "planner");

        var proposed = await ProposeAsync(api, memberA, a, b);
        var id = proposed.GetProperty("cooperation").GetProperty("id").GetString()!;
        var before = await SeenByAsync(api, id, null, outsider, memberA, memberB, planner);
        var publicListBefore = await ListedPubliclyAsync(api, id);
        var atPartnerBefore = await ListedAtAsync(api, b, id, memberB);
        var selfConfirm = await AnswerAsync(api, memberA, "confirmCooperation", id);
        var plannerConfirm = await AnswerAsync(api, planner, "confirmCooperation", id);
        var confirmed = await AnswerAsync(api, memberB, "confirmCooperation", id);
        var twice = await AnswerAsync(api, memberB, "confirmCooperation", id);
        var after = await SeenByAsync(api, id, null, outsider);

        DirectoryWriteApi.Succeeded(proposed);
        Assert.Equal("PROPOSED", proposed.GetProperty("cooperation").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, proposed.GetProperty("cooperation").GetProperty("proposerConfirmedAt").ValueKind);
        Assert.Equal(["education"], proposed.GetProperty("cooperation").GetProperty("actionFields").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        Assert.Equal([false, false, true, true, true], before);
        Assert.False(publicListBefore);
        Assert.True(atPartnerBefore);
        Assert.Equal(("id", "NOT_ALLOWED"), DirectoryWriteApi.Error(selfConfirm));
        Assert.Equal(("id", "NOT_ALLOWED"), DirectoryWriteApi.Error(plannerConfirm));
        DirectoryWriteApi.Succeeded(confirmed);
        Assert.Equal("CONFIRMED", confirmed.GetProperty("cooperation").GetProperty("status").GetString());
        Assert.Equal(("id", "ALREADY_DONE"), DirectoryWriteApi.Error(twice));
        Assert.Equal([true, true], after);
        Assert.True(await ListedPubliclyAsync(api, id));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_declined_proposal_stays_invisible_to_the_public_and_the_proposer_sees_the_answer(DatabaseProvider provider)
    {
        var api = await DirectoryWriteApi.SharedAsync(environment, provider);
        var (a, b) = await api.PairAsync(1);
        var memberA = await api.MemberOfAsync(a, "Anton Antrag");
        var memberB = await api.MemberOfAsync(b, "Berta Absage");

        var id = (await ProposeAsync(api, memberA, a, b)).GetProperty("cooperation").GetProperty("id").GetString()!;
        var otherSide = await AnswerAsync(api, memberA, "declineCooperation", id);
        var declined = await AnswerAsync(api, memberB, "declineCooperation", id);
        var confirmAfter = await AnswerAsync(api, memberB, "confirmCooperation", id);
        var proposerView = (await api.Client(memberA).QueryAsync(NodeQuery, new { id })).GetProperty("node");

        Assert.Equal(("id", "NOT_ALLOWED"), DirectoryWriteApi.Error(otherSide));
        Assert.Equal("DECLINED", declined.GetProperty("cooperation").GetProperty("status").GetString());
        Assert.Equal(("id", "ALREADY_DONE"), DirectoryWriteApi.Error(confirmAfter));
        Assert.Equal("DECLINED", proposerView.GetProperty("status").GetString());
        Assert.Equal([false], await SeenByAsync(api, id, [null]));
        Assert.False(await ListedPubliclyAsync(api, id));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Either_side_ends_a_cooperation_but_not_before_it_began_and_not_an_outsider(DatabaseProvider provider)
    {
        var api = await DirectoryWriteApi.SharedAsync(environment, provider);
        var (a, b) = await api.PairAsync(2);
        var memberA = await api.MemberOfAsync(a, "Ali Anfang");
        var memberB = await api.MemberOfAsync(b, "Bea Ende");
        var id = (await ProposeAsync(api, memberA, a, b)).GetProperty("cooperation").GetProperty("id").GetString()!;
        DirectoryWriteApi.Succeeded(await AnswerAsync(api, memberB, "confirmCooperation", id));

        var early = await EndAsync(api, memberB, id, "2023-12-31");
        var outsider = await EndAsync(api, ParticipationApi.Person("Otto Fremd", "organization"), id, "2025-06-30");
        var ended = await EndAsync(api, memberB, id, "2025-06-30");

        Assert.Equal(("until", "INVALID"), DirectoryWriteApi.Error(early));
        Assert.Equal(("id", "NOT_ALLOWED"), DirectoryWriteApi.Error(outsider));
        Assert.Equal("2025-06-30", ended.GetProperty("cooperation").GetProperty("until").GetString());
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadInputs()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in DatabaseProviders.All.Cast<object?[]>().Select(row => (DatabaseProvider)row[0]!))
        {
            data.Add(provider, "oneself", "partner", "INVALID");
            data.Add(provider, "unknown partner", "partner", "NOT_FOUND");
            data.Add(provider, "intensity 0", "intensity", "INVALID");
            data.Add(provider, "intensity 4", "intensity", "INVALID");
            data.Add(provider, "until before since", "until", "INVALID");
            data.Add(provider, "not a member", "organization", "NOT_ALLOWED");
            data.Add(provider, "unknown action field", "actionFields", "NOT_FOUND");
            data.Add(provider, "description too long", "description", "TOO_LONG");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_the_field_and_saves_nothing(DatabaseProvider provider, string problem, string field, string code)
    {
        var api = await DirectoryWriteApi.SharedAsync(environment, provider);
        var (a, b) = await api.PairAsync(3);
        var member = await api.MemberOfAsync(a, "Berta Fehler");
        var input = new Dictionary<string, object?>
        {
            ["organization"] = a, ["partner"] = b, ["form"] = "JOINT_EVENT", ["intensity"] = 2, ["formality"] = "AGREEMENT",
            ["since"] = "2025-01-01", ["until"] = "2025-12-31", ["actionFields"] = new[] { "education" }, ["description"] = "Ferienfreizeit",
        };
        var caller = member;
        switch (problem)
        {
            case "oneself": input["partner"] = a; break;
            case "unknown partner": input["partner"] = Api.GraphQL.Nodes.GlobalId.Encode("Organization", 999_999); break;
            case "intensity 0": input["intensity"] = 0; break;
            case "intensity 4": input["intensity"] = 4; break;
            case "until before since": input["until"] = "2024-12-31"; break;
            case "not a member": caller = ParticipationApi.Person("Nina Nichtmitglied", "organization"); break;
            case "unknown action field": input["actionFields"] = new[] { "no-such-field" }; break;
            default: input["description"] = new string('x', Limits.Message + 1); break;
        }

        var before = await api.Api.WithDbAsync(db => db.Cooperations.CountAsync());
        var payload = await api.MutateAsync(caller, "proposeCooperation", "ProposeCooperationInput", input, "cooperation { id }");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("cooperation").ValueKind);
        Assert.Equal((field, code), DirectoryWriteApi.Error(payload));
        Assert.Equal(before, await api.Api.WithDbAsync(db => db.Cooperations.CountAsync()));
    }

    private static Task<JsonElement> ProposeAsync(DirectoryWriteApi api, TestToken member, string from, string to) =>
        api.MutateAsync(member, "proposeCooperation", "ProposeCooperationInput", new
        {
            organization = from, partner = to, form = "JOINT_EVENT", intensity = 2, formality = "AGREEMENT",
            actionFields = new[] { "education" }, since = "2024-01-01", description = "Gemeinsames Stadtteilfest.",
        }, Fields);

    private static Task<JsonElement> AnswerAsync(DirectoryWriteApi api, TestToken caller, string mutation, string id) =>
        api.MutateAsync(caller, mutation, "CooperationIdInput", new { id }, Fields);

    private static Task<JsonElement> EndAsync(DirectoryWriteApi api, TestToken caller, string id, string until) =>
        api.MutateAsync(caller, "endCooperation", "EndCooperationInput", new { id, until }, Fields);

    /// <summary>For each caller: does <c>node</c> return the cooperation?</summary>
    private static async Task<List<bool>> SeenByAsync(DirectoryWriteApi api, string id, params TestToken?[] callers)
    {
        var seen = new List<bool>();
        foreach (var caller in callers)
        {
            var node = (await api.Client(caller).QueryAsync(NodeQuery, new { id })).GetProperty("node");
            seen.Add(node.ValueKind != JsonValueKind.Null);
        }

        return seen;
    }

    private static async Task<bool> ListedPubliclyAsync(DirectoryWriteApi api, string id)
    {
        var data = await api.Client(null).QueryAsync("{ cooperations(first: 500) { nodes { id } } }");
        return data.GetProperty("cooperations").GetProperty("nodes").EnumerateArray().Any(c => c.GetProperty("id").GetString() == id);
    }

    private static async Task<bool> ListedAtAsync(DirectoryWriteApi api, string organization, string id, TestToken caller)
    {
        var node = (await api.Client(caller).QueryAsync(OrganizationQuery, new { id = organization })).GetProperty("node");
        return node.GetProperty("cooperations").EnumerateArray().Any(c => c.GetProperty("id").GetString() == id);
    }
}

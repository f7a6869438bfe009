using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using SozialHub.Api.Hsds;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Editing;

/// <summary>Drafts are not public anywhere until published; organisations that require review wait for a planner.</summary>
[Collection(ApiCollection.Collection)]
public sealed class PublishingTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_draft_is_seen_by_members_and_planners_only_until_it_is_published(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var (a, b) = await api.OrganizationsAsync() is [var first, var second] ? (first, second) : default;
        var editor = await api.MemberAsync("Edda Editor", a);
        var otherMember = await api.MemberAsync("Otto Other", b);
        var planner = ParticipationApi.Person("Petra Plan", "planner");
        var draft = await api.CreateOfferingAsync(editor, new { organization = EditingApi.Id("Organization", a), name = "Entwurf Lesepaten", isOnline = true });
        var id = draft.GetProperty("id").GetString()!;
        var dbId = GlobalIdOf(id);

        var anonymous = await api.NodeAsync(null, id);
        var other = await api.NodeAsync(otherMember, id);
        var member = await api.NodeAsync(editor, id);
        var byPlanner = await api.NodeAsync(planner, id);
        var inList = await NamesAsync(api, null, a);
        var inMembersList = await NamesAsync(api, editor, a);
        using var hsdsDraft = await api.Participation.Api.CreateClient().GetAsync($"/hsds/services/{HsdsIds.For(HsdsKind.Service, dbId)}");
        var published = await api.SucceedAsync(editor, "publishOffering", "OfferingActionInput", new { id }, "offering", EditingApi.OfferingFields);
        var afterwards = await api.NodeAsync(null, id);
        var hsds = await api.Participation.Api.CreateClient().GetFromJsonAsync<JsonElement>($"/hsds/services/{HsdsIds.For(HsdsKind.Service, dbId)}");

        Assert.Equal("DRAFT", draft.GetProperty("publication").GetString());
        Assert.Equal(JsonValueKind.Null, anonymous.ValueKind);
        Assert.Equal(JsonValueKind.Null, other.ValueKind);
        Assert.Equal("Entwurf Lesepaten", member.GetProperty("name").GetString());
        Assert.Equal("DRAFT", byPlanner.GetProperty("publication").GetString());
        Assert.DoesNotContain("Entwurf Lesepaten", inList);
        Assert.Contains("Entwurf Lesepaten", inMembersList);
        Assert.Equal(HttpStatusCode.NotFound, hsdsDraft.StatusCode);
        Assert.Equal("PUBLISHED", published.GetProperty("publication").GetString());
        Assert.Equal(draft.Version() + 1, published.Version());
        Assert.Equal("Entwurf Lesepaten", afterwards.GetProperty("name").GetString());
        Assert.Equal("Entwurf Lesepaten", hsds.GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task With_review_required_publishing_waits_for_a_planner(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var organizationId = (await api.OrganizationsAsync())[1];
        var organization = EditingApi.Id("Organization", organizationId);
        var editor = await api.MemberAsync("Rolf Review", organizationId);
        var planner = ParticipationApi.Person("Petra Plan", "planner");
        var draft = await api.CreateOfferingAsync(editor, new { organization, name = "Erzählcafé", isOnline = true });
        var id = draft.GetProperty("id").GetString()!;

        using var notByEditor = await api.Participation.Client(editor).PostAsJsonAsync("/graphql",
            new { query = $$"""mutation { setOrganizationRequiresReview(input: { organization: "{{organization}}", requiresReview: true }) { errors { code } } }""" });
        var review = await SetReviewAsync(api, planner, organization, true);
        var waiting = await api.SucceedAsync(editor, "publishOffering", "OfferingActionInput", new { id }, "offering", EditingApi.OfferingFields);
        var hidden = await api.NodeAsync(null, id);
        var approveByEditor = await api.Participation.Client(editor).PostAsJsonAsync("/graphql",
            new { query = $$"""mutation { approveOffering(input: { id: "{{id}}" }) { errors { code } } }""" });
        var approved = await api.SucceedAsync(planner, "approveOffering", "OfferingActionInput", new { id }, "offering", EditingApi.OfferingFields);
        var approvedTwice = await api.OfferingAsync(planner, "approveOffering", new { id });
        var visible = await api.NodeAsync(null, id);
        await SetReviewAsync(api, planner, organization, false);

        Assert.Equal(HttpStatusCode.Forbidden, notByEditor.StatusCode);
        Assert.True(review.GetProperty("requiresReview").GetBoolean());
        Assert.Equal("IN_REVIEW", waiting.GetProperty("publication").GetString());
        Assert.Equal(JsonValueKind.Null, hidden.ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, approveByEditor.StatusCode);
        Assert.Equal("PUBLISHED", approved.GetProperty("publication").GetString());
        Assert.Equal([("id", "CONFLICT")], approvedTwice.Errors());
        Assert.Equal("Erzählcafé", visible.GetProperty("name").GetString());
    }

    private static int GlobalIdOf(string id) => GlobalId.TryDecode(id, out _, out var value) ? value : 0;

    private static async Task<List<string>> NamesAsync(EditingApi api, TestToken? token, int organizationId)
    {
        var data = await api.Participation.Client(token).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Organization { offerings { name } } } offerings(first: 500) { nodes { name } } }",
            new { id = EditingApi.Id("Organization", organizationId) });
        var own = data.GetProperty("node").GetProperty("offerings").EnumerateArray().Select(o => o.GetProperty("name").GetString()!);
        var all = data.GetProperty("offerings").GetProperty("nodes").EnumerateArray().Select(o => o.GetProperty("name").GetString()!);
        Assert.Equal(own.Contains("Entwurf Lesepaten"), all.Contains("Entwurf Lesepaten"));
        return [.. own];
    }

    // The review switch belongs to the organisation mutations, whose payload has no `current` record.
    private static async Task<JsonElement> SetReviewAsync(EditingApi api, TestToken planner, string organization, bool requiresReview)
    {
        var data = await api.Participation.Client(planner).QueryAsync(
            "mutation($input: SetOrganizationRequiresReviewInput!) { setOrganizationRequiresReview(input: $input) { organization { requiresReview } errors { code } } }",
            new { input = new { organization, requiresReview } });
        var payload = data.GetProperty("setOrganizationRequiresReview");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("organization");
    }
}

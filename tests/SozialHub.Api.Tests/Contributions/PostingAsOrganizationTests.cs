using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations.Members;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>Members write as their organisation: its name is shown as author; planners also see who wrote.</summary>
[Collection(ApiCollection.Collection)]
public sealed class PostingAsOrganizationTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_member_writes_as_the_organisation_the_public_sees_its_name_and_planners_the_person(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var member = ParticipationApi.Person("Mia Mitglied", "organization");
        var (organizationId, name) = await JoinAsync(api, member, "Mia Mitglied");

        var comment = await api.SucceedAsync(member, "postComment", new { actionField = "education", text = "Wir bieten Hausaufgabenhilfe an.", organizationId });
        var knowledge = await api.SucceedAsync(member, "postLocalKnowledge",
            new { category = "MEETING_PLACE", title = "Unser Treff", text = "Dienstags offen.", socialSpace = "roden-nord", organizationId });

        Assert.Equal(name, comment.GetProperty("authorName").GetString());
        Assert.Equal(name, comment.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal(name, knowledge.GetProperty("authorName").GetString());
        var query = "query($id: ID!) { node(id: $id) { ... on Contribution { authorName writtenBy organization { id } } } }";
        var seenByPublic = (await api.Client(null).QueryAsync(query, new { id = comment.Id() })).GetProperty("node");
        var seenByPlanner = (await api.Client(ParticipationApi.Person("Petra Planung", "planner")).QueryAsync(query, new { id = comment.Id() })).GetProperty("node");
        Assert.Equal((name, JsonValueKind.Null), (seenByPublic.GetProperty("authorName").GetString(), seenByPublic.GetProperty("writtenBy").ValueKind));
        Assert.Equal(organizationId, seenByPublic.GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal((name, "Mia Mitglied"), (seenByPlanner.GetProperty("authorName").GetString(), seenByPlanner.GetProperty("writtenBy").GetString()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Writing_as_an_organisation_one_is_not_a_member_of_or_that_does_not_exist_is_refused_in_German_and_stores_nothing(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var outsider = ParticipationApi.Person("Otto Außen", "organization");
        var member = ParticipationApi.Person("Marta Mitglied", "organization");
        var (organizationId, _) = await JoinAsync(api, member, "Marta Mitglied");
        var planner = ParticipationApi.Person("Paul Planung", "planner");
        var someContribution = await api.CommentAsync(member, "Ein Beitrag, dessen id keine Organisation ist.");

        var foreign = await api.MutateAsync(outsider, "postComment", new { actionField = "education", text = "Im fremden Namen", organizationId });
        var foreignKnowledge = await api.MutateAsync(outsider, "postLocalKnowledge",
            new { category = "IDEA", title = "Fremd", text = "Im fremden Namen", socialSpace = "roden-nord", organizationId });
        var plannerNotMember = await api.MutateAsync(planner, "postComment", new { actionField = "education", text = "Planung im Namen des Trägers", organizationId });
        var unknown = await api.MutateAsync(outsider, "postComment", new { actionField = "education", text = "Unbekannt", organizationId = GlobalId.Encode("Organization", 999_999) });
        var wrongType = await api.MutateAsync(outsider, "postComment", new { actionField = "education", text = "Falscher Typ", organizationId = someContribution.Id() });
        var garbage = await api.MutateAsync(outsider, "postComment", new { actionField = "education", text = "Kaputt", organizationId = "kein-gültiger-schlüssel" });

        Assert.Equal(("organizationId", "NOT_ALLOWED"), foreign.Error());
        Assert.Contains("angehören", foreign.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("organizationId", "NOT_ALLOWED"), foreignKnowledge.Error());
        Assert.Equal(("organizationId", "NOT_ALLOWED"), plannerNotMember.Error());
        Assert.Equal(("organizationId", "NOT_FOUND"), unknown.Error());
        Assert.Equal(("organizationId", "NOT_FOUND"), wrongType.Error());
        Assert.Equal(("organizationId", "NOT_FOUND"), garbage.Error());
        Assert.Equal(0, await api.ContributionsOfAsync(outsider));
        Assert.Equal(0, await api.ContributionsOfAsync(planner));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Organisations_to_post_as_are_the_callers_memberships_and_none_for_anonymous_callers(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var member = ParticipationApi.Person("Nina Netz", "organization");
        var (organizationId, name) = await JoinAsync(api, member, "Nina Netz");
        const string Query = "{ organizationsToPostAs { id name } }";

        var own = (await api.Client(member).QueryAsync(Query)).GetProperty("organizationsToPostAs");
        var citizen = (await api.Client(ParticipationApi.Person("Carl Citizen", "citizen")).QueryAsync(Query)).GetProperty("organizationsToPostAs");
        var anonymous = (await api.Client(null).QueryAsync(Query)).GetProperty("organizationsToPostAs");

        var only = Assert.Single(own.EnumerateArray());
        Assert.Equal((organizationId, name), (only.GetProperty("id").GetString(), only.GetProperty("name").GetString()));
        Assert.Equal(0, citizen.GetArrayLength());
        Assert.Equal(0, anonymous.GetArrayLength());
    }

    /// <summary>Makes the person an editor of a demo organisation (a row, as the brief says tests do) and returns its global id and name.</summary>
    private static async Task<(string Id, string Name)> JoinAsync(ParticipationApi api, TestToken person, string displayName) =>
        await api.Api.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.OrderBy(o => o.Id).FirstAsync();
            db.OrganizationMembers.Add(new OrganizationMember
            {
                OrganizationId = organization.Id,
                Subject = person.Subject,
                DisplayName = displayName,
                Email = $"{person.Subject}@example.org",
                Role = MemberRole.Editor,
            });
            await db.SaveChangesAsync();
            return (GlobalId.Encode("Organization", organization.Id), organization.Name);
        });
}

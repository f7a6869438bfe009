using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Cooperations;

/// <summary>Networks: planners, or members of the coordinating organisation, create and change them (issue 7).</summary>
[Collection(ApiCollection.Collection)]
public sealed class NetworkEditingTests(ApiEnvironment environment)
{
    private const string Fields = "network { id name meetingRhythm coordinator { id } actionField { key } members { id } }";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_member_of_the_coordinator_creates_a_network_and_changes_its_members(DatabaseProvider provider)
    {
        var api = await DirectoryWriteApi.SharedAsync(environment, provider);
        var (coordinator, other) = await api.PairAsync(10);
        var member = await api.MemberOfAsync(coordinator, "Clara Koordination");
        var outsider = ParticipationApi.Person("Otto Außen", "organization");
        var name = $"Arbeitskreis Test {Guid.NewGuid():N}";

        var created = await api.MutateAsync(member, "createNetwork", "CreateNetworkInput",
            new { name, coordinator, actionField = "education", meetingRhythm = "monatlich", members = new[] { coordinator } }, Fields);
        var id = created.GetProperty("network").GetProperty("id").GetString()!;
        var added = await api.MutateAsync(member, "addNetworkMember", "NetworkMemberInput", new { network = id, organization = other }, Fields);
        var addedTwice = await api.MutateAsync(member, "addNetworkMember", "NetworkMemberInput", new { network = id, organization = other }, Fields);
        var byOutsider = await api.MutateAsync(outsider, "removeNetworkMember", "NetworkMemberInput", new { network = id, organization = other }, Fields);
        var removed = await api.MutateAsync(member, "removeNetworkMember", "NetworkMemberInput", new { network = id, organization = coordinator }, Fields);
        var updated = await api.MutateAsync(member, "updateNetwork", "UpdateNetworkInput",
            new { id, name, coordinator, meetingRhythm = "quartalsweise" }, Fields);

        DirectoryWriteApi.Succeeded(created);
        Assert.Equal(coordinator, created.GetProperty("network").GetProperty("coordinator").GetProperty("id").GetString());
        Assert.Equal("education", created.GetProperty("network").GetProperty("actionField").GetProperty("key").GetString());
        Assert.Equal(2, added.GetProperty("network").GetProperty("members").GetArrayLength());
        Assert.Equal(("organization", "ALREADY_DONE"), DirectoryWriteApi.Error(addedTwice));
        Assert.Equal(("network", "NOT_ALLOWED"), DirectoryWriteApi.Error(byOutsider));
        Assert.Equal([other], removed.GetProperty("network").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal("quartalsweise", updated.GetProperty("network").GetProperty("meetingRhythm").GetString());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("network").GetProperty("actionField").ValueKind);
        Assert.Single(updated.GetProperty("network").GetProperty("members").EnumerateArray()); // members unchanged when absent
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Only_planners_create_a_network_without_a_coordinator_and_bad_input_saves_nothing(DatabaseProvider provider)
    {
        var api = await DirectoryWriteApi.SharedAsync(environment, provider);
        var (organization, _) = await api.PairAsync(11);
        var planner = ParticipationApi.Person("Petra Plan", "planner");
        var citizen = ParticipationApi.Person("Carl Bürger", "citizen");
        var seeded = await api.Api.WithDbAsync(db => db.Networks.Select(n => n.Name).FirstAsync());
        var before = await api.Api.WithDbAsync(db => db.Networks.CountAsync());

        var withoutCoordinator = await api.MutateAsync(citizen, "createNetwork", "CreateNetworkInput", new { name = "Gremium ohne Träger" }, Fields);
        var foreignCoordinator = await api.MutateAsync(citizen, "createNetwork", "CreateNetworkInput", new { name = "Gremium fremd", coordinator = organization }, Fields);
        var duplicate = await api.MutateAsync(planner, "createNetwork", "CreateNetworkInput", new { name = seeded }, Fields);
        var blank = await api.MutateAsync(planner, "createNetwork", "CreateNetworkInput", new { name = "  " }, Fields);
        var unknownField = await api.MutateAsync(planner, "createNetwork", "CreateNetworkInput", new { name = "Gremium X", actionField = "nope" }, Fields);
        var afterBad = await api.Api.WithDbAsync(db => db.Networks.CountAsync());
        var byPlanner = await api.MutateAsync(planner, "createNetwork", "CreateNetworkInput", new { name = $"Planungsrunde {Guid.NewGuid():N}" }, Fields);

        Assert.Equal(("coordinator", "REQUIRED"), DirectoryWriteApi.Error(withoutCoordinator));
        Assert.Equal(("coordinator", "NOT_ALLOWED"), DirectoryWriteApi.Error(foreignCoordinator));
        Assert.Equal(("name", "DUPLICATE"), DirectoryWriteApi.Error(duplicate));
        Assert.Equal(("name", "REQUIRED"), DirectoryWriteApi.Error(blank));
        Assert.Equal(("actionField", "NOT_FOUND"), DirectoryWriteApi.Error(unknownField));
        Assert.Equal(before, afterBad);
        DirectoryWriteApi.Succeeded(byPlanner);
    }
}

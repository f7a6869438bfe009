using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Tests.Authorization;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.DirectoryTests;

/// <summary>Only cooperations both sides confirmed are public; planners see the unconfirmed ones too (issue 7).</summary>
[Collection(TokenApiCollection.Collection)]
public sealed class CooperationVisibilityTests(TokenApiFixture fixture)
{
    private const string Query = """
        { cooperations(first: 500) { totalCount nodes { id isConfirmed } }
          organizations(first: 500) { nodes { cooperations { id isConfirmed } } } }
        """;

    [Fact]
    public async Task Anonymous_callers_and_citizens_see_confirmed_cooperations_only()
    {
        var (confirmed, all) = await fixture.Api.WithDbAsync(async db =>
            (await db.Cooperations.CountAsync(c => c.ProposerConfirmedAt != null && c.PartnerConfirmedAt != null), await db.Cooperations.CountAsync()));

        var anonymous = await DataAsync(fixture.Client());
        var citizen = await DataAsync(fixture.Client(TestToken.Person("citizen")));
        var planner = await DataAsync(fixture.Client(TestToken.Person("planner")));

        Assert.True(all > confirmed, "the seed has unconfirmed cooperations");
        foreach (var data in new[] { anonymous, citizen })
        {
            Assert.Equal(confirmed, data.GetProperty("cooperations").GetProperty("totalCount").GetInt32());
            Assert.All(Flags(data), Assert.True);
            Assert.Equal(2 * confirmed, Flags(data, "organizations").Count); // each is listed at both organisations
        }

        Assert.Equal(all, planner.GetProperty("cooperations").GetProperty("totalCount").GetInt32());
        Assert.Equal(all - confirmed, Flags(planner).Count(f => !f));
        Assert.Equal(2 * all, Flags(planner, "organizations").Count);
    }

    [Fact]
    public async Task An_unconfirmed_cooperation_is_null_through_node_unless_a_planner_asks()
    {
        var id = await fixture.Api.WithDbAsync(db => db.Cooperations.Where(c => c.PartnerConfirmedAt == null).Select(c => c.Id).FirstAsync());
        var query = $$"""{ node(id: "{{GlobalId.Encode("Cooperation", id)}}") { id ... on Cooperation { isConfirmed } } }""";

        var (_, anonymous) = await TokenValidationTests.PostAsync(fixture.Client(), query);
        var (_, planner) = await TokenValidationTests.PostAsync(fixture.Client(TestToken.Person("planner")), query);

        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("data").GetProperty("node").ValueKind);
        Assert.False(planner.GetProperty("data").GetProperty("node").GetProperty("isConfirmed").GetBoolean());
    }

    private static async Task<JsonElement> DataAsync(HttpClient http)
    {
        var (_, body) = await TokenValidationTests.PostAsync(http, Query);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    private static List<bool> Flags(JsonElement data, string list = "cooperations") => list == "cooperations"
        ? [.. data.GetProperty("cooperations").GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("isConfirmed").GetBoolean())]
        : [.. data.GetProperty("organizations").GetProperty("nodes").EnumerateArray()
            .SelectMany(o => o.GetProperty("cooperations").EnumerateArray()).Select(c => c.GetProperty("isConfirmed").GetBoolean())];
}

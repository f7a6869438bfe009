using System.Net;
using System.Text.Json;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>
/// Import batches (Datenlieferungen) are for planners only: refused to anonymous callers (401) and citizens (403)
/// however a document reaches them — field, named fragment, inline fragment, <c>node</c> — and served to planners.
/// </summary>
[Collection(TokenApiCollection.Collection)]
public sealed class PlannerOnlyTests(TokenApiFixture fixture)
{
    // The demo city's first delivery.
    private static readonly string BatchId = GlobalId.Encode("ImportBatch", 1);

    public static TheoryData<string, string> Queries => new()
    {
        { "list", "{ importBatches(first: 5) { nodes { fileName } } }" },
        {
            "named fragment",
            """
            { socialSpace(key: "roden-nord") { values(indicator: "sgb2_share", fromYear: 2024) { ...Provenance } } }
            fragment Provenance on IndicatorValue { year importBatch { fileName } }
            """
        },
        { "inline fragment on node", $$"""{ node(id: "{{BatchId}}") { id ... on ImportBatch { fileName } } }""" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Anonymous_callers_get_401_citizens_403_and_planners_the_data(string how, string query)
    {
        var (anonymous, anonymousBody) = await TokenValidationTests.PostAsync(fixture.Client(), query);
        var (citizen, citizenBody) = await TokenValidationTests.PostAsync(fixture.Client(TestToken.Person("citizen")), query);
        var (planner, plannerBody) = await TokenValidationTests.PostAsync(fixture.Client(TestToken.Person("planner")), query);

        AssertRefused(anonymous, anonymousBody, HttpStatusCode.Unauthorized, "UNAUTHENTICATED", how);
        Assert.Equal("Bearer", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);
        AssertRefused(citizen, citizenBody, HttpStatusCode.Forbidden, "FORBIDDEN", how);
        Assert.True(planner.StatusCode == HttpStatusCode.OK, $"{how}: {plannerBody}");
        Assert.False(plannerBody.TryGetProperty("errors", out _), $"{how}: {plannerBody}");
        Assert.Matches("\"fileName\":\"[^\"]+\"", plannerBody.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Node_without_a_fragment_answers_null_with_an_error_unless_the_caller_may_read_the_type()
    {
        var query = $$"""{ node(id: "{{BatchId}}") { id } }""";

        var (anonymous, anonymousBody) = await TokenValidationTests.PostAsync(fixture.Client(), query);
        var (citizen, citizenBody) = await TokenValidationTests.PostAsync(fixture.Client(TestToken.Person("citizen")), query);
        var (planner, plannerBody) = await TokenValidationTests.PostAsync(fixture.Client(TestToken.Person("planner")), query);

        // The concrete type is known only at run time: the operation runs (200, data), the record stays hidden.
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(JsonValueKind.Null, anonymousBody.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("UNAUTHENTICATED", Code(anonymousBody));
        Assert.Equal(JsonValueKind.Null, citizenBody.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("FORBIDDEN", Code(citizenBody));
        Assert.Equal(HttpStatusCode.OK, planner.StatusCode);
        Assert.Equal(BatchId, plannerBody.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_machine_client_reads_planner_data_only_when_configuration_grants_it()
    {
        const string query = "{ importBatches(first: 1) { nodes { fileName } } }";

        var (plain, plainBody) = await TokenValidationTests.PostAsync(fixture.Client(TestToken.Machine("city-data", "hub.read")), query);
        var (trusted, trustedBody) = await TokenValidationTests.PostAsync(
            fixture.Client(TestToken.Machine(TokenApiFixture.TrustedMachineClient, "hub.read")), query);

        AssertRefused(plain, plainBody, HttpStatusCode.Forbidden, "FORBIDDEN", "city-data");
        Assert.True(trusted.StatusCode == HttpStatusCode.OK, trustedBody.ToString());
        Assert.False(trustedBody.TryGetProperty("errors", out _), trustedBody.ToString());
    }

    private static void AssertRefused(HttpResponseMessage response, JsonElement body, HttpStatusCode status, string code, string how)
    {
        Assert.True(response.StatusCode == status, $"{how}: {(int)response.StatusCode} {body}");
        Assert.False(body.TryGetProperty("data", out _), $"{how}: {body}");
        Assert.All(body.GetProperty("errors").EnumerateArray(), e => Assert.Equal(code, e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Single().GetProperty("extensions").GetProperty("code").GetString();
}

using System.Net.Http.Json;
using System.Text.Json;
using SozialHub.Api.Tests.Authorization;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>Import batches (who delivered which file) are for planners; values show their public provenance to all.</summary>
[Collection(TokenApiCollection.Collection)]
public sealed class ImportBatchAccessTests(TokenApiFixture fixture)
{
    [Fact]
    public async Task Planners_list_import_batches_and_fetch_them_by_global_id()
    {
        var planner = fixture.Client(TestToken.Person("planner"));

        var data = await planner.QueryAsync("""
            { importBatches { totalCount nodes { id kind fileName importedBy } }
              indicatorValues(first: 1) { nodes { importBatch { fileName } } } }
            """);
        var batches = data.GetProperty("importBatches");
        var first = batches.GetProperty("nodes")[0];
        var node = await planner.QueryAsync("query($id: ID!) { node(id: $id) { ... on ImportBatch { fileName } } }",
            new { id = first.GetProperty("id").GetString() });

        Assert.Equal(9, batches.GetProperty("totalCount").GetInt32()); // four files, four demography files and the directory
        Assert.Equal("DIRECTORY", first.GetProperty("kind").GetString());
        Assert.Equal(first.GetProperty("fileName").GetString(), node.GetProperty("node").GetProperty("fileName").GetString());
        Assert.Equal("indicator-values.csv",
            data.GetProperty("indicatorValues").GetProperty("nodes")[0].GetProperty("importBatch").GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Without_the_planner_role_batches_stay_hidden_also_through_node()
    {
        var planner = fixture.Client(TestToken.Person("planner"));
        var id = (await planner.QueryAsync("{ importBatches(first: 1) { nodes { id } } }"))
            .GetProperty("importBatches").GetProperty("nodes")[0].GetProperty("id").GetString();

        foreach (var http in new[] { fixture.Client(), fixture.Client(TestToken.Person("citizen")) })
        {
            var list = await PostAsync(http, "{ importBatches { nodes { fileName } } }");
            var viaValue = await PostAsync(http, "{ indicatorValues(first: 1) { nodes { importBatch { fileName } } } }");
            var viaNode = await PostAsync(http, "query($id: ID!) { node(id: $id) { ... on ImportBatch { fileName } } }", new { id });

            foreach (var body in new[] { list, viaValue, viaNode })
            {
                Assert.DoesNotContain("indicator-values.csv", body.ToString());
                Assert.Contains(body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString(), new[] { "UNAUTHENTICATED", "FORBIDDEN" });
            }
        }
    }

    [Fact]
    public async Task Everyone_sees_the_source_and_import_time_of_a_value()
    {
        var data = await fixture.Client().QueryAsync("""{ indicatorValues(first: 1, where: { indicator: { eq: "sgb2_share" } }) { nodes { source importedAt } } }""");

        var value = data.GetProperty("indicatorValues").GetProperty("nodes")[0];
        Assert.Equal("Jobcenter Saarlouis", value.GetProperty("source").GetString());
        Assert.True(value.GetProperty("importedAt").GetDateTime() > new DateTime(2020, 1, 1));
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

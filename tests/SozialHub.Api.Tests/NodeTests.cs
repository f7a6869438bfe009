using System.Text;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>Every record has a global id that <c>node</c> and <c>nodes</c> resolve again.</summary>
[Collection(ApiCollection.Collection)]
public sealed class NodeTests(ApiEnvironment environment)
{
    // One list per public node type; ImportBatch is for planners (ImportBatchAccessTests).
    private const string FirstOfEachType = """
        {
          districts(first: 1) { nodes { id } }
          socialSpaces(first: 1) { nodes { id } }
          actionFields(first: 1) { nodes { id } }
          indicators(first: 1) { nodes { id } }
          indicatorValues(first: 1) { nodes { id } }
          organizations(first: 1) { nodes { id } }
          offerings(first: 1) { nodes { id schedules { id } } }
          locations(first: 1) { nodes { id } }
          facilities(first: 1) { nodes { id } }
          cooperations(first: 1) { nodes { id } }
          networks(first: 1) { nodes { id } }
        }
        """;

    private static readonly string[] Types =
    [
        "District", "SocialSpace", "ActionField", "Indicator", "IndicatorValue", "Organization", "Offering", "OfferingSchedule",
        "Location", "Facility", "Cooperation", "Network",
    ];

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Nodes_resolves_the_id_of_every_type_in_one_statement_per_type(DatabaseProvider provider)
    {
        var api = await DirectoryCity.ApiAsync(environment, provider);
        var http = api.CreateClient();
        var ids = IdsOfEachType(await http.QueryAsync(FirstOfEachType));

        api.Sql.Reset();
        var data = await http.QueryAsync("query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(Types, nodes.Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids, nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(Types.Length, api.Sql.Count);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Node_round_trips_each_type_with_its_fields(DatabaseProvider provider)
    {
        var api = await DirectoryCity.ApiAsync(environment, provider);
        var http = api.CreateClient();
        var ids = IdsOfEachType(await http.QueryAsync(FirstOfEachType));

        foreach (var id in ids)
        {
            var data = await http.QueryAsync("""
                query One($id: ID!) {
                  node(id: $id) {
                    __typename id
                    ... on District { key } ... on SocialSpace { key } ... on ActionField { key } ... on Indicator { key }
                    ... on IndicatorValue { year } ... on Organization { name } ... on Offering { name } ... on OfferingSchedule { weekday }
                    ... on Location { name } ... on Facility { name } ... on Cooperation { form } ... on Network { name }
                  }
                }
                """, new { id });
            var node = data.GetProperty("node");
            Assert.Equal(id, node.GetProperty("id").GetString());
            Assert.Equal(3, node.EnumerateObject().Count());
        }
    }

    [Fact]
    public async Task Global_ids_are_opaque_base64_of_type_and_database_id()
    {
        var api = await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite);
        var data = await api.CreateClient().QueryAsync("""{ district(key: "roden") { id } }""");

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(data.GetProperty("district").GetProperty("id").GetString()!));

        Assert.Matches("^District:[0-9]+$", decoded);
    }

    [Fact]
    public async Task Unknown_records_and_types_resolve_to_null_and_malformed_ids_are_bad_input()
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();
        var missing = Convert.ToBase64String(Encoding.UTF8.GetBytes("District:999999"));
        var unknownType = Convert.ToBase64String(Encoding.UTF8.GetBytes("Spaceship:1"));

        var data = await http.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { missing, unknownType } });
        var malformed = await http.PostAsync("""{ node(id: "not an id") { id } }""");

        Assert.All(data.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Equal("BAD_USER_INPUT", malformed.SingleError().Code);
    }

    [Fact]
    public async Task More_than_fifty_ids_are_refused_naming_the_argument()
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();
        var ids = Enumerable.Range(1, 51).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"District:{i}"))).ToArray();

        var (code, message) = (await http.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids })).SingleError();

        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Contains("'ids'", message);
    }

    private static List<string> IdsOfEachType(JsonElement data)
    {
        var ids = new List<string>();
        foreach (var list in data.EnumerateObject())
        {
            var node = list.Value.GetProperty("nodes")[0];
            ids.Add(node.GetProperty("id").GetString()!);
            if (node.TryGetProperty("schedules", out var schedules))
            {
                ids.Add(schedules[0].GetProperty("id").GetString()!);
            }
        }

        return ids;
    }
}

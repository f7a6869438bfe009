using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>No N+1: nested lists are batch-loaded, so the SQL statements of a query do not grow with the list sizes.</summary>
[Collection(ApiCollection.Collection)]
public sealed class BatchLoadingTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task All_social_spaces_with_all_values_for_ten_years_take_three_statements(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();

        api.Sql.Reset();
        var data = await http.QueryAsync("""
            { socialSpaces(first: 30) { nodes { key values(fromYear: 2015, toYear: 2024) { year value numerator denominator indicator { key } } } } }
            """);

        // The cost limit (GraphQL:MaxComplexity) weighs every nested list by the default page size, so 30 spaces, not 500.
        var spaces = data.GetProperty("socialSpaces").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(28, spaces.Count);
        var indicators = await api.WithDbAsync(db => Task.FromResult(db.Indicators.Count()));
        Assert.Equal(spaces.Count * indicators * 10, spaces.Sum(s => s.GetProperty("values").GetArrayLength()));
        Assert.Equal(3, api.Sql.Count); // spaces, values, indicators
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Offerings_with_organisation_and_locations_take_three_statements_for_any_page_size(DatabaseProvider provider)
    {
        var api = await DirectoryCity.ApiAsync(environment, provider);
        var http = api.CreateClient();
        const string Query = "query($first: Int) { offerings(first: $first) { nodes { name organization { name } locations { name } } } }";

        var counts = new List<int>();
        foreach (var first in new[] { 2, 30 })
        {
            api.Sql.Reset();
            var data = await http.QueryAsync(Query, new { first });
            Assert.Equal(first, data.GetProperty("offerings").GetProperty("nodes").GetArrayLength());
            counts.Add(api.Sql.Count);
        }

        Assert.Equal([3, 3], counts); // offerings, organisations, locations
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Deep_directory_queries_do_not_grow_with_the_list_size(DatabaseProvider provider)
    {
        var api = await DirectoryCity.ApiAsync(environment, provider);
        var http = api.CreateClient();
        const string Query = """
            {
              organizations(first: FIRST) { nodes {
                name address { city } parentOrganization { name }
                offerings { name languages actionFields { key } schedules { weekday opensAt location { name } } cost { kind amount } }
                locations { name socialSpace { key district { name } } offerings { name } facilities { name } }
                facilities { name location { name } operator { name } }
                cooperations { form proposer { name } partner { name } actionFields { key } }
                networks { name coordinator { name } members { name } actionField { key } }
              } }
            }
            """;

        // The first three organisations already fill every level of the query.
        api.Sql.Reset();
        await http.QueryAsync(Query.Replace("FIRST", "3", StringComparison.Ordinal));
        var few = api.Sql.Count;
        api.Sql.Reset();
        var data = await http.QueryAsync(Query.Replace("FIRST", "10", StringComparison.Ordinal));
        var all = api.Sql.Count;

        Assert.Equal(DirectoryCity.Organizations.Length, data.GetProperty("organizations").GetProperty("nodes").GetArrayLength());
        Assert.Equal(few, all);
        Assert.InRange(all, 1, 25);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Indicator_values_with_provenance_take_a_statement_per_relation(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();

        api.Sql.Reset();
        var data = await http.QueryAsync("""
            { indicatorValues(first: 500, where: { year: { eq: 2024 } }, order: [{ indicator: ASC }, { socialSpace: ASC }]) {
                totalCount nodes { id year value source importedAt socialSpace { key } indicator { key } } } }
            """);

        Assert.Equal(500, data.GetProperty("indicatorValues").GetProperty("nodes").GetArrayLength());
        // page, count, batches, spaces, indicators, and the page's districts per indicator and year for small-number suppression.
        Assert.Equal(6, api.Sql.Count);
    }
}

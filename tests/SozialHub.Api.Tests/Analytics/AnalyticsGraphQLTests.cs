using System.Net.Http.Headers;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>A token issuer the analytics APIs trust, so that tests can call as a planner.</summary>
public sealed class AnalyticsIssuer : IAsyncLifetime
{
    public TestTokenIssuer Issuer { get; private set; } = null!;

    public async Task InitializeAsync() => Issuer = await TestTokenIssuer.StartAsync();

    public async Task DisposeAsync() => await Issuer.DisposeAsync();
}

/// <summary>
/// Comparisons, rankings and the social index over GraphQL on the demo city (methods.md §2–§4). In 2024 Lisdorfer Au
/// (183 inhabitants) has 2 of 23 children in SGB II: primary suppression, and one more space of Lisdorf goes with it.
/// </summary>
[Collection(ApiCollection.Collection)]
public sealed class AnalyticsGraphQLTests(ApiEnvironment environment, AnalyticsIssuer issuer) : IClassFixture<AnalyticsIssuer>
{
    private const string Small = "lisdorfer-au";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_public_sees_suppressed_cells_as_null_and_planners_see_them_marked_confidential(DatabaseProvider provider)
    {
        const string Query = """
            {
              socialSpace(key: "lisdorfer-au") {
                comparisons(year: 2024, indicators: ["child_poverty"]) {
                  value cityValue deviation rank rankCount suppressed confidential smallPopulation direction
                  changes { years change direction } computation { method parameters { name value } inputs }
                }
                values(indicator: "child_poverty", fromYear: 2024) { value numerator denominator suppressed confidential }
              }
            }
            """;

        var anonymous = await (await ApiAsync(provider)).CreateClient().QueryAsync(Query);
        var planner = await PlannerAsync(await ApiAsync(provider)).QueryAsync(Query);

        var hidden = Single(anonymous.GetProperty("socialSpace").GetProperty("comparisons"));
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("deviation").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("rank").ValueKind);
        Assert.True(hidden.GetProperty("suppressed").GetBoolean());
        Assert.True(hidden.GetProperty("confidential").GetBoolean());
        Assert.True(hidden.GetProperty("smallPopulation").GetBoolean());
        Assert.Equal(26, hidden.GetProperty("rankCount").GetInt32()); // 28 spaces less this one and its secondary partner
        Assert.True(hidden.GetProperty("cityValue").GetDouble() > 0);
        Assert.All(hidden.GetProperty("changes").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("change").ValueKind));
        var hiddenValue = Single(anonymous.GetProperty("socialSpace").GetProperty("values"));
        Assert.Equal("""{"value":null,"numerator":null,"denominator":null,"suppressed":true,"confidential":true}""", hiddenValue.GetRawText());

        var raw = Single(planner.GetProperty("socialSpace").GetProperty("comparisons"));
        Assert.Equal(2.0 / 23 * 100, raw.GetProperty("value").GetDouble(), 9);
        Assert.False(raw.GetProperty("suppressed").GetBoolean());
        Assert.True(raw.GetProperty("confidential").GetBoolean());
        Assert.Equal(28, raw.GetProperty("rankCount").GetInt32());
        Assert.Equal(raw.GetProperty("value").GetDouble() - raw.GetProperty("cityValue").GetDouble(), raw.GetProperty("deviation").GetDouble(), 9);
        Assert.Contains(raw.GetProperty("computation").GetProperty("inputs").EnumerateArray(), i => i.GetString()!.Contains("über 28 Sozialräume"));
        Assert.Contains(raw.GetProperty("computation").GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Veränderungsfenster (Jahre)" && p.GetProperty("value").GetString() == "1, 3, 5");
        var rawValue = Single(planner.GetProperty("socialSpace").GetProperty("values"));
        Assert.Equal(2, rawValue.GetProperty("numerator").GetDouble());
        Assert.False(rawValue.GetProperty("suppressed").GetBoolean());
        Assert.True(rawValue.GetProperty("confidential").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Secondary_suppression_hides_the_same_second_space_on_every_path(DatabaseProvider provider)
    {
        var data = await (await ApiAsync(provider)).CreateClient().QueryAsync("""
            {
              indicator(key: "child_poverty") {
                cityValues(fromYear: 2024, toYear: 2024) { value }
                ranking(year: 2024) { rank cityValue suppressed socialSpace { key district { key } } }
                values(fromYear: 2024, toYear: 2024) { suppressed socialSpace { key } }
              }
              indicatorValues(first: 50, where: { indicator: { eq: "child_poverty" }, year: { eq: 2024 } }) { nodes { suppressed socialSpace { key } } }
            }
            """);

        var indicator = data.GetProperty("indicator");
        var ranking = indicator.GetProperty("ranking").EnumerateArray().ToList();
        var byRanking = Suppressed(ranking);
        Assert.Equal(2, byRanking.Count);
        Assert.Contains(Small, byRanking);
        Assert.All(ranking.Where(r => byRanking.Contains(Key(r))), r => Assert.Equal("lisdorf", r.GetProperty("socialSpace").GetProperty("district").GetProperty("key").GetString()));
        Assert.Equal(byRanking, Suppressed(indicator.GetProperty("values").EnumerateArray()));
        Assert.Equal(byRanking, Suppressed(data.GetProperty("indicatorValues").GetProperty("nodes").EnumerateArray()));
        // Ordered by rank 1 … 26, the withheld spaces last; the city value is the aggregate of cityValues.
        Assert.Equal([.. Enumerable.Range(1, 26).Select(r => (int?)r), null, null], ranking.Select(r => r.TryGetProperty("rank", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : (int?)null));
        Assert.Equal(indicator.GetProperty("cityValues")[0].GetProperty("value").GetDouble(), ranking[0].GetProperty("cityValue").GetDouble(), 9);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task City_trend_is_the_change_of_the_published_city_values_with_its_direction(DatabaseProvider provider)
    {
        var data = await (await ApiAsync(provider)).CreateClient().QueryAsync("""
            {
              indicators(where: { key: { in: ["sgb2_share", "population"] } }) {
                nodes { key cityValues { year value } cityTrend { years change relative direction } oneYear: cityTrend(year: 2023, years: 1) { years change } }
              }
            }
            """);

        var indicators = data.GetProperty("indicators").GetProperty("nodes").EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        double City(string key, int year) =>
            indicators[key].GetProperty("cityValues").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == year).GetProperty("value").GetDouble();
        var rate = indicators["sgb2_share"].GetProperty("cityTrend");
        Assert.Equal(5, rate.GetProperty("years").GetInt32()); // Analytics:TrendWindow
        Assert.Equal(City("sgb2_share", 2024) - City("sgb2_share", 2019), rate.GetProperty("change").GetDouble(), 9);
        Assert.False(rate.GetProperty("relative").GetBoolean());
        Assert.Equal(rate.GetProperty("change").GetDouble() switch { > 0.5 => "WORSENING", < -0.5 => "IMPROVING", _ => "STABLE" }, rate.GetProperty("direction").GetString());
        var count = indicators["population"].GetProperty("cityTrend");
        Assert.Equal((City("population", 2024) - City("population", 2019)) / City("population", 2019) * 100, count.GetProperty("change").GetDouble(), 9);
        Assert.True(count.GetProperty("relative").GetBoolean());
        Assert.Equal(City("sgb2_share", 2023) - City("sgb2_share", 2022), indicators["sgb2_share"].GetProperty("oneYear").GetProperty("change").GetDouble(), 9);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_social_index_standardises_over_the_eligible_spaces_and_groups_the_soziale_stadt(DatabaseProvider provider)
    {
        var planner = await PlannerAsync(await ApiAsync(provider)).QueryAsync("""
            {
              socialIndex {
                year
                entries { socialSpace { key } statusScore dynamicsScore statusClass dynamicsClass combinedClass eligible }
                computation { method parameters { name value } inputs }
              }
              socialSpace(key: "roden-nord") { socialIndex { combinedClass statusScore computation { inputs } } }
            }
            """);
        // The cost limit weighs each nested list by the default page size: the groups in a query of their own.
        var grouped = await PlannerAsync(await ApiAsync(provider)).QueryAsync("""
            { socialIndex { groups { key socialCityArea spaceCount eligibleCount meanStatusScore values { indicator { key } value { value } } } } }
            """);

        var index = planner.GetProperty("socialIndex");
        Assert.Equal(2024, index.GetProperty("year").GetInt32());
        var entries = index.GetProperty("entries").EnumerateArray().ToDictionary(Key);
        Assert.Equal(28, entries.Count);
        Assert.False(entries[Small].GetProperty("eligible").GetBoolean()); // 183 inhabitants
        var eligible = entries.Values.Where(e => e.GetProperty("eligible").GetBoolean()).ToList();
        Assert.Equal(27, eligible.Count);
        // Every status z is centred over the eligible spaces, so the scores are too.
        Assert.Equal(0, eligible.Sum(e => e.GetProperty("statusScore").GetDouble()), 6);
        Assert.Equal(0, eligible.Sum(e => e.GetProperty("dynamicsScore").GetDouble()), 6);
        Assert.All(eligible, e => Assert.Matches("^[1-4][+±−]$", e.GetProperty("combinedClass").GetString()));
        var own = planner.GetProperty("socialSpace").GetProperty("socialIndex");
        Assert.Equal(4, own.GetProperty("computation").GetProperty("inputs").GetArrayLength()); // one line per status indicator
        Assert.Equal(entries["roden-nord"].GetProperty("combinedClass").GetString(),
            planner.GetProperty("socialSpace").GetProperty("socialIndex").GetProperty("combinedClass").GetString());
        var groups = grouped.GetProperty("socialIndex").GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("socialCityArea").GetBoolean());
        Assert.Equal((10, 10), (groups[true].GetProperty("spaceCount").GetInt32(), groups[true].GetProperty("eligibleCount").GetInt32()));
        Assert.Equal((18, 17), (groups[false].GetProperty("spaceCount").GetInt32(), groups[false].GetProperty("eligibleCount").GetInt32()));
        Assert.Equal(4, groups[true].GetProperty("values").GetArrayLength());
        Assert.Contains(index.GetProperty("computation").GetProperty("inputs").EnumerateArray(), i => i.GetString()!.StartsWith("Einbezogen: 27 von 28"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Comparisons_and_rankings_of_whole_lists_cost_the_same_statements_as_of_a_few(DatabaseProvider provider)
    {
        var api = await ApiAsync(provider);
        var http = api.CreateClient();
        const string Spaces = """
            query($first: Int) { socialSpaces(first: $first) { nodes { key
              comparisons(year: 2024, indicators: ["sgb2_share", "child_poverty", "population"]) { value cityValue rank direction suppressed indicator { key } } } } }
            """;
        const string Rankings = "query($first: Int) { indicators(first: $first) { nodes { key ranking(year: 2024) { rank value socialSpace { key } } } } }";

        var counts = new List<int>();
        foreach (var (query, first) in new[] { (Spaces, 2), (Spaces, 28), (Rankings, 2), (Rankings, 30) })
        {
            api.Sql.Reset();
            var data = await http.QueryAsync(query, new { first });
            Assert.Equal(first == 30 ? 24 : first, data.EnumerateObject().Single().Value.GetProperty("nodes").GetArrayLength());
            counts.Add(api.Sql.Count);
        }

        // Spaces: page, catalogue, the three series, the spaces. Rankings: page, catalogue, series, spaces, socialSpace by id.
        Assert.Equal([4, 4, 5, 5], counts);
    }

    private async Task<ApiFactory> ApiAsync(DatabaseProvider provider) =>
        await environment.SharedAsync("analytics", provider, _ => Task.CompletedTask, loadDemoCity: true,
            ("Identity:Authority", issuer.Issuer.Authority.ToString()));

    private HttpClient PlannerAsync(ApiFactory api)
    {
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Issuer.Mint(TestToken.Person("planner")));
        return http;
    }

    private static JsonElement Single(JsonElement list) => Assert.Single(list.EnumerateArray());

    private static string Key(JsonElement row) => row.GetProperty("socialSpace").GetProperty("key").GetString()!;

    private static HashSet<string> Suppressed(IEnumerable<JsonElement> rows) =>
        [.. rows.Where(r => r.GetProperty("suppressed").GetBoolean()).Select(Key)];
}

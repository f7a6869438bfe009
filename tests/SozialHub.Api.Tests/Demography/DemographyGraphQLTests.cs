using System.Net.Http.Headers;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Demography;

/// <summary>Age structure and projection over GraphQL on the demo city's seeded demography (seed/demography/).</summary>
[Collection(ApiCollection.Collection)]
public sealed class DemographyGraphQLTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_age_groups_of_a_space_add_up_to_its_seeded_counts(DatabaseProvider provider)
    {
        var data = await (await PlannerAsync(provider)).QueryAsync("""
            {
              socialSpace(key: "roden-nord") {
                population
                values(indicators: ["population_under_18", "population_65_plus"], fromYear: 2024, toYear: 2024) { value indicator { key } }
                ageStructure { year total ageGroups { label fromAge toAge male female total } computation { method } }
                wide: ageStructure(ageGroups: [0, 18, 65]) { ageGroups { label total } }
              }
              ageStructure { total }
              socialSpaces(first: 100) { nodes { population } }
            }
            """);

        var space = data.GetProperty("socialSpace");
        var structure = space.GetProperty("ageStructure");
        var groups = structure.GetProperty("ageGroups").EnumerateArray().ToList();
        Assert.Equal(2024, structure.GetProperty("year").GetInt32());
        Assert.Equal(space.GetProperty("population").GetInt32(), structure.GetProperty("total").GetInt32());
        Assert.Equal(10, groups.Count);
        Assert.Equal(("0 bis unter 3", 0, 3), (groups[0].GetProperty("label").GetString(), groups[0].GetProperty("fromAge").GetInt32(), groups[0].GetProperty("toAge").GetInt32()));
        Assert.Equal(("80 und älter", JsonValueKind.Null), (groups[^1].GetProperty("label").GetString(), groups[^1].GetProperty("toAge").ValueKind));
        Assert.All(groups, g => Assert.Equal(g.GetProperty("male").GetInt32() + g.GetProperty("female").GetInt32(), g.GetProperty("total").GetInt32()));
        Assert.Equal(structure.GetProperty("total").GetInt32(), groups.Sum(g => g.GetProperty("total").GetInt32()));

        // The seed is consistent with the indicators of 2024: under 18 and 65 and older.
        var values = space.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("indicator").GetProperty("key").GetString()!, v => v.GetProperty("value").GetDouble());
        var wide = space.GetProperty("wide").GetProperty("ageGroups").EnumerateArray().Select(g => g.GetProperty("total").GetInt32()).ToList();
        Assert.Equal([values["population_under_18"], values["population_65_plus"]], [wide[0], wide[2]]);

        var cityTotal = data.GetProperty("socialSpaces").GetProperty("nodes").EnumerateArray().Sum(s => s.GetProperty("population").GetInt32());
        Assert.Equal(cityTotal, data.GetProperty("ageStructure").GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_projection_has_three_ordered_variants_and_the_city_is_the_sum_of_the_spaces(DatabaseProvider provider)
    {
        var data = await (await ApiAsync(provider)).CreateClient().QueryAsync("""
            {
              socialSpaces(first: 100) { nodes { key populationProjection { variants { variant years { year total } } } } }
              populationProjection {
                baseYear horizon
                variants { variant name migrationFactor years { year total ageGroups { total } } }
                computation { method parameters { name value } inputs }
              }
            }
            """);

        var city = data.GetProperty("populationProjection");
        Assert.Equal((2024, 15), (city.GetProperty("baseYear").GetInt32(), city.GetProperty("horizon").GetInt32()));
        var variants = city.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["LOW", "MIDDLE", "HIGH"], variants.Select(v => v.GetProperty("variant").GetString()));
        Assert.All(variants, v => Assert.Equal(Enumerable.Range(2024, 16), v.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32())));
        var last = variants.Select(v => v.GetProperty("years")[15].GetProperty("total").GetInt32()).ToList();
        Assert.True(last[0] <= last[1] && last[1] <= last[2], string.Join(" ≤ ", last)); // the demo city gains by migration
        Assert.All(variants.SelectMany(v => v.GetProperty("years").EnumerateArray()), y => Assert.Equal(0, y.GetProperty("total").GetInt32() % 10));

        // Each space is rounded on its own: the city's total lies within half a step per space of their sum.
        var spaces = data.GetProperty("socialSpaces").GetProperty("nodes").EnumerateArray().ToList();
        for (var t = 0; t <= 15; t++)
        {
            var sum = spaces.Sum(s => s.GetProperty("populationProjection").GetProperty("variants")[1].GetProperty("years")[t].GetProperty("total").GetInt32());
            Assert.InRange(variants[1].GetProperty("years")[t].GetProperty("total").GetInt32(), sum - 5 * spaces.Count, sum + 5 * spaces.Count);
        }

        Assert.Contains(city.GetProperty("computation").GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Jungenanteil der Geburten" && p.GetProperty("value").GetString() == "0,51");
        Assert.Contains(city.GetProperty("computation").GetProperty("inputs").EnumerateArray(), i => i.GetString()!.Contains("28 Sozialräume"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Bad_arguments_are_refused_with_the_argument_named(DatabaseProvider provider)
    {
        var http = (await ApiAsync(provider)).CreateClient();

        var horizon = await http.PostAsync("{ populationProjection(horizon: 99) { horizon } }");
        var groups = await http.PostAsync("{ ageStructure(ageGroups: [5, 3]) { total } }");

        Assert.Equal(("BAD_USER_INPUT", "'horizon' is 99; it must lie between 1 and 30 years."), horizon.SingleError());
        Assert.Equal(("BAD_USER_INPUT", "'ageGroups': the first bound must be 0."), groups.SingleError());
    }

    private Task<ApiFactory> ApiAsync(DatabaseProvider provider) => SharedAsync(provider);

    private async Task<ApiFactory> SharedAsync(DatabaseProvider provider)
    {
        var issuer = await environment.IssuerAsync();
        return await environment.SharedAsync("demography", provider, _ => Task.CompletedTask, loadDemoCity: true,
            ("Identity:Authority", issuer.Authority.ToString()));
    }

    private async Task<HttpClient> PlannerAsync(DatabaseProvider provider)
    {
        var http = (await SharedAsync(provider)).CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await environment.IssuerAsync()).Mint(TestToken.Person("planner")));
        return http;
    }
}

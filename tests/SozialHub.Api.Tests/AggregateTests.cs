using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.Imports;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>
/// City and district values (methods.md §1) against sums computed by hand on a tiny city imported through the
/// importers: districts "nord" (spaces a1, a2) and "sued" (b1).
/// </summary>
[Collection(ApiCollection.Collection)]
public sealed class AggregateTests(ApiEnvironment environment)
{
    private const string Catalogue = """
        key;name;unit;polarity;numerator;denominator
        people;Einwohner;count;context;;
        poor_share;Armutsquote;%;higher_is_worse;Arme;Einwohner
        park_share;Parkanteil;%;higher_is_better;;
        """;

    // 2024: b1 has no people count; a1 has a poverty rate without counts.
    private const string Values = """
        socialSpace;indicator;year;value;numerator;denominator
        a1;people;2023;100;;
        a2;people;2023;300;;
        b1;people;2023;600;;
        a1;people;2024;110;;
        a2;people;2024;290;;
        a1;poor_share;2023;;10;100
        a2;poor_share;2023;;90;300
        b1;poor_share;2023;;60;600
        a1;poor_share;2024;12;;
        a2;poor_share;2024;;29;290
        b1;poor_share;2024;;66;600
        a1;park_share;2023;50;;
        a2;park_share;2023;40;;
        b1;park_share;2023;30;;
        """;

    private const string Fields = "year value method problem inputCount spaceCount sum numerator denominator explanation";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Rates_aggregate_as_sum_of_numerators_over_sum_of_denominators_and_counts_as_sums(DatabaseProvider provider)
    {
        var http = (await TinyCityAsync(provider)).CreateClient();

        var data = await http.QueryAsync($$"""
            {
              people: indicator(key: "people") { cityValues { {{Fields}} } districtValues(district: "nord") { {{Fields}} } }
              poor: indicator(key: "poor_share") { cityValues { {{Fields}} } districtValues(district: "nord") { {{Fields}} } }
              park: indicator(key: "park_share") { cityValues { {{Fields}} } }
              districts { nodes { key values(indicator: "poor_share", fromYear: 2024) { {{Fields}} } } }
            }
            """);

        var people = Years(data.GetProperty("people").GetProperty("cityValues"));
        Assert.Equal(1000, people[2023].GetProperty("value").GetDouble());
        Assert.Equal("SUM", people[2023].GetProperty("method").GetString());
        Assert.Equal(3, people[2023].GetProperty("inputCount").GetInt32());
        Assert.Null(Value(people[2024]));
        Assert.Equal("MISSING_VALUES", people[2024].GetProperty("problem").GetString());
        Assert.Contains("1 von 3", people[2024].GetProperty("explanation").GetString());
        Assert.Equal(400, Years(data.GetProperty("people").GetProperty("districtValues"))[2024].GetProperty("value").GetDouble());

        // 160 / 1000 = 16 %, where the mean of the rates (10, 30, 10) would be 16.67 %.
        var poor = Years(data.GetProperty("poor").GetProperty("cityValues"));
        Assert.Equal(16.0, poor[2023].GetProperty("value").GetDouble(), 9);
        Assert.Equal("RATIO_OF_SUMS", poor[2023].GetProperty("method").GetString());
        Assert.Equal(160, poor[2023].GetProperty("numerator").GetDouble());
        Assert.Equal(1000, poor[2023].GetProperty("denominator").GetDouble());
        Assert.Contains("kein Mittelwert", poor[2023].GetProperty("explanation").GetString());
        Assert.Null(Value(poor[2024]));
        Assert.Equal("MISSING_COUNTS", poor[2024].GetProperty("problem").GetString());

        // Nord: 100 / 400 = 25 %, not the mean 20 %.
        var nord = Years(data.GetProperty("poor").GetProperty("districtValues"));
        Assert.Equal(25.0, nord[2023].GetProperty("value").GetDouble(), 9);
        Assert.Equal(2, nord[2023].GetProperty("spaceCount").GetInt32());

        var park = Years(data.GetProperty("park").GetProperty("cityValues"));
        Assert.Null(Value(park[2023]));
        Assert.Equal("NOT_ADDITIVE", park[2023].GetProperty("problem").GetString());

        var byDistrict = data.GetProperty("districts").GetProperty("nodes").EnumerateArray()
            .ToDictionary(d => d.GetProperty("key").GetString()!, d => Years(d.GetProperty("values")));
        Assert.Equal("MISSING_COUNTS", byDistrict["nord"][2024].GetProperty("problem").GetString());
        Assert.Equal(11.0, byDistrict["sued"][2024].GetProperty("value").GetDouble(), 9);
        Assert.Equal([2024], byDistrict["sued"].Keys);
    }

    [Fact]
    public async Task An_unknown_district_or_indicator_is_bad_input()
    {
        var http = (await TinyCityAsync(DatabaseProvider.Sqlite)).CreateClient();

        var district = await http.PostAsync("""{ indicator(key: "people") { districtValues(district: "mitte") { value } } }""");
        var indicator = await http.PostAsync("""{ districts { nodes { values(indicator: "nothing") { value } } } }""");

        Assert.Equal("BAD_USER_INPUT", district.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("BAD_USER_INPUT", indicator.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Aggregates_of_whole_lists_cost_a_fixed_number_of_statements(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();

        api.Sql.Reset();
        var data = await http.QueryAsync("""
            {
              indicators(first: 100) { nodes { key cityValues(fromYear: 2015) { value } districtValues(district: "roden") { value } } }
              districts { nodes { values(indicator: "sgb2_share") { value } } }
            }
            """);

        var indicators = data.GetProperty("indicators").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(indicators.Count >= 20);
        Assert.All(indicators, i => Assert.Equal(10, i.GetProperty("cityValues").GetArrayLength()));
        // indicators, districts, and per aggregate field: indicators, sums, space counts.
        Assert.Equal(11, api.Sql.Count);
    }

    private async Task<ApiFactory> TinyCityAsync(DatabaseProvider provider) =>
        await environment.SharedAsync("tinycity", provider, ImportTinyCityAsync, loadDemoCity: false);

    private static async Task ImportTinyCityAsync(ApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SocialSpaceImporter>().ImportAsync(Utf8(Spaces()), new ImportRequest("raeume.geojson", "test"), default);
        await services.GetRequiredService<IndicatorCatalogImporter>().ImportAsync(Utf8(Catalogue), new ImportRequest("katalog.csv", "test"), default);
        await services.GetRequiredService<IndicatorValueImporter>().ImportAsync(Utf8(Values), new ImportRequest("werte.csv", "test", "Test"), default);
    }

    private static string Spaces()
    {
        static string Feature(string key, string district) => $$"""
            { "type": "Feature", "properties": { "key": "{{key}}", "name": "{{key}}", "districtKey": "{{district}}", "districtName": "{{district}}", "population": 1 },
              "geometry": { "type": "Polygon", "coordinates": [[[6.7, 49.3], [6.8, 49.3], [6.8, 49.4], [6.7, 49.3]]] } }
            """;
        return $$"""{ "type": "FeatureCollection", "features": [{{Feature("a1", "nord")}}, {{Feature("a2", "nord")}}, {{Feature("b1", "sued")}}] }""";
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static Dictionary<int, JsonElement> Years(JsonElement values) =>
        values.EnumerateArray().ToDictionary(v => v.GetProperty("year").GetInt32());

    private static double? Value(JsonElement aggregate) =>
        aggregate.GetProperty("value").ValueKind == JsonValueKind.Null ? null : aggregate.GetProperty("value").GetDouble();
}

using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Indicators;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>Migrations from empty and the demo city load, on each provider.</summary>
[Collection(ApiCollection.Collection)]
public sealed class DemoCityTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_demo_city_loads_through_the_importers(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var counts = await api.WithDbAsync(async db => new
        {
            Districts = await db.Districts.CountAsync(),
            Spaces = await db.SocialSpaces.CountAsync(),
            ActionFields = await db.ActionFields.CountAsync(),
            Indicators = await db.Indicators.CountAsync(),
            Values = await db.IndicatorValues.CountAsync(),
            Batches = await db.ImportBatches.CountAsync(),
            Population = await db.SocialSpaces.SumAsync(s => s.Population),
            SocialCity = await db.SocialSpaces.Where(s => s.IsSocialCityArea).Select(s => s.District.Key).Distinct().ToListAsync(),
        });

        Assert.Equal(8, counts.Districts);
        Assert.InRange(counts.Spaces, 20, 30);
        Assert.Equal(5, counts.ActionFields);
        Assert.True(counts.Indicators >= 20, $"{counts.Indicators} indicators");
        Assert.Equal(counts.Spaces * counts.Indicators * 11, counts.Values);
        Assert.Equal(9, counts.Batches); // four files, four demography files and the directory
        Assert.InRange(counts.Population, 34_000, 36_000);
        Assert.Equal(["fraulautern", "roden"], counts.SocialCity.Order());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_city_sgb2_share_is_plausible_and_the_programme_areas_are_more_burdened(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var rows = await api.WithDbAsync(db => db.IndicatorValues
            .Where(v => v.Indicator.Key == "sgb2_share" && v.Year == 2024)
            .Select(v => new { v.SocialSpace.IsSocialCityArea, v.Numerator, v.Denominator })
            .ToListAsync());
        var values = rows.Select(r => (Programme: r.IsSocialCityArea, Numerator: r.Numerator!.Value, Denominator: r.Denominator!.Value)).ToList();

        // Rates aggregate as sums of numerators over sums of denominators (methods.md §1).
        static double Share(IEnumerable<(bool Programme, double Numerator, double Denominator)> part) =>
            part.Sum(r => r.Numerator) / part.Sum(r => r.Denominator) * 100;
        Assert.InRange(Share(values), 10.5, 12.5);
        Assert.True(Share(values.Where(v => v.Programme)) > 1.3 * Share(values.Where(v => !v.Programme)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task GraphQL_answers_social_spaces_with_their_outlines_and_values(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();

        var data = await http.QueryAsync("""
            query Spaces($indicator: String!) {
              socialSpaces { nodes { key name population isSocialCityArea geometry district { key name }
                values(indicator: $indicator, fromYear: 2020) { year value numerator denominator } } }
              indicators { nodes { key unit polarity } }
            }
            """, new { indicator = "sgb2_share" });

        var spaces = data.GetProperty("socialSpaces").GetProperty("nodes").EnumerateArray().ToList();
        var expected = await api.WithDbAsync(db => db.SocialSpaces.CountAsync());
        Assert.Equal(expected, spaces.Count);
        Assert.All(spaces, space =>
        {
            Assert.Equal("Polygon", space.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(5, space.GetProperty("values").GetArrayLength());
            Assert.False(string.IsNullOrEmpty(space.GetProperty("district").GetProperty("name").GetString()));
        });
        var indicator = data.GetProperty("indicators").GetProperty("nodes").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "sgb2_share");
        Assert.Equal("PERCENT", indicator.GetProperty("unit").GetString());
        Assert.Equal("HIGHER_IS_WORSE", indicator.GetProperty("polarity").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Lists_load_in_a_fixed_number_of_sql_statements(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();

        api.Sql.Reset();
        var data = await http.QueryAsync("""
            { socialSpaces(first: 30) { nodes { key district { name } values { year value indicator { key } } } } }
            """);

        var valueCount = data.GetProperty("socialSpaces").GetProperty("nodes").EnumerateArray().Sum(s => s.GetProperty("values").GetArrayLength());
        Assert.True(valueCount > 5000, $"{valueCount} values");
        // spaces, their districts, their values, the values' indicators: one statement each, however many rows.
        Assert.InRange(api.Sql.Count, 1, 4);
    }

    [Fact]
    public async Task A_rate_keeps_numerator_and_denominator_and_derives_its_value()
    {
        var api = await environment.SeededAsync(DatabaseProvider.Sqlite);

        var rates = await api.WithDbAsync(db => db.IndicatorValues
            .Where(v => v.Indicator.Key == "unemployment_share")
            .Select(v => new { v.Value, v.Numerator, v.Denominator, v.Indicator.Scale })
            .ToListAsync());

        Assert.NotEmpty(rates);
        Assert.All(rates, r => Assert.Equal(r.Numerator!.Value / r.Denominator!.Value * r.Scale, r.Value, 9));
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SozialHub.Api.Demography;
using SozialHub.Api.Imports;
using SozialHub.Api.Seed;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Demography;

/// <summary>The projection cache is reused until an import changes the inputs; a bad file changes nothing.</summary>
[Collection(ApiCollection.Collection)]
public sealed class DemographyImportTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_cached_projection_is_reused_until_an_import_and_a_bad_file_stores_nothing(DatabaseProvider provider)
    {
        await using var api = await environment.StartAsync(provider, "demography", loadDemoCity: true);
        var first = await ProjectAsync(api);
        var again = await ProjectAsync(api);
        Assert.Same(first, again); // a second request, another scope: the same computed projection

        var seeded = File.ReadAllText(Path.Combine(api.Services.GetRequiredService<IOptions<SeedOptions>>().Value.Path, "demography", "population.csv"));
        var row = seeded.Split('\n').Single(l => l.StartsWith("2024;roden-nord;30;m;", StringComparison.Ordinal));
        var changed = seeded.Replace(row + "\n", "2024;roden-nord;30;m;500\n", StringComparison.Ordinal);
        await ImportAsync(api, changed);

        var after = await ProjectAsync(api);
        Assert.NotSame(first, after);
        var added = 500 - int.Parse(row.Split(';')[4]);
        Assert.Equal(first.Variants[1].City[0].Total + added, after.Variants[1].City[0].Total, 6);
        Assert.True(after.Variants[1].City[15].Total > first.Variants[1].City[15].Total);

        var count = await api.WithDbAsync(db => db.DemographicValues.CountAsync());
        var bad = changed.Replace("2024;roden-nord;30;m;500\n", "2024;roden-nord;30;m;500\n2024;roden-nrod;31;m;-4\n", StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(api, bad));

        Assert.Equal(2, refused.Problems.Count);
        Assert.Contains(refused.Problems, p => p.Field == "socialSpace" && p.Column == 2 && p.Message == "Den Sozialraum 'roden-nrod' gibt es nicht.");
        Assert.Contains(refused.Problems, p => p.Field == "value" && p.Message == "'-4' ist keine Einwohnerzahl von 0 bis 1.000.000 (ganze Zahl).");
        Assert.Equal(count, await api.WithDbAsync(db => db.DemographicValues.CountAsync()));
        Assert.Same(after, await ProjectAsync(api));
    }

    private static async Task<PopulationProjection> ProjectAsync(ApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<DemographyData>().ProjectionAsync(null, CancellationToken.None))!;
    }

    private static async Task ImportAsync(ApiFactory api, string csv)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await scope.ServiceProvider.GetRequiredService<DemographyImporter>()
            .ImportAsync(stream, DemographicKind.Population, new ImportRequest("population.csv", "Test"), CancellationToken.None);
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.Imports;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>Imports refuse bad files with file, line and column, and change nothing; re-deliveries keep history.</summary>
[Collection(ApiCollection.Collection)]
public sealed class ImportTests(ApiEnvironment environment)
{
    private const string Header = "socialSpace;indicator;year;value;numerator;denominator\n";

    public static TheoryData<string, int, int, string> BadValueFiles => new()
    {
        { Header + "roden-nord;sgb2_share;2025;;10;100\nroden-nord;sgb2_share;2026;abc;;\n", 3, 4, "keine Zahl" },
        { Header + "roden-nord;sgb2_share;2025;;10;100\nnirgendwo;sgb2_share;2026;;10;100\n", 3, 1, "nirgendwo" },
        { Header + "roden-nord;no_such_indicator;2025;;1;2\n", 2, 2, "no_such_indicator" },
        { Header + "roden-nord;sgb2_share;2025;;120;100\n", 2, 5, "Zähler" },
        { Header + "roden-nord;sgb2_share;2025;;10;0\n", 2, 6, "Nenner" },
        { Header + "roden-nord;sgb2_share;1066;;10;100\n", 2, 3, "ganze Zahl" },
        { Header + "roden-nord;sgb2_share;2025;;10;100\nroden-nord;sgb2_share;2025;;11;100\n", 3, 3, "Zeile 2" },
        { Header + "roden-nord;sgb2_share;2025;12,00;10;100\n", 2, 4, "passt nicht" },
        { Header + "roden-nord;sgb2_share;2025;;10;\n", 2, 6, "beide oder keiner" },
        { Header + "roden-nord;\"sgb2_share;2025;;10;100\n", 2, 2, "Anführungszeichen" },
        { "socialSpace;year;value\nroden-nord;2025;1\n", 1, 0, "indicator" },
        { "", 0, 0, "leer" },
    };

    [Theory]
    [MemberData(nameof(BadValueFiles))]
    public async Task A_bad_value_file_is_refused_with_its_location_and_nothing_changes(string csv, int line, int column, string message)
    {
        var api = await environment.SeededAsync(DatabaseProvider.Sqlite);
        var before = await api.WithDbAsync(Snapshot);

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportValuesAsync(api, csv));

        var problem = error.Problems[0];
        Assert.Equal("werte.csv", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Contains(message, problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await api.WithDbAsync(Snapshot));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_file_with_one_bad_row_among_good_ones_stores_nothing(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var before = await api.WithDbAsync(Snapshot);
        var csv = new StringBuilder(Header);
        for (var year = 2025; year < 2060; year++)
        {
            csv.Append($"roden-nord;sgb2_share;{year};;{year - 2000};1000\n");
        }

        csv.Append("roden-nord;sgb2_share;2060;;x;1000\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportValuesAsync(api, csv.ToString()));

        Assert.Equal((37, "numerator"), (error.Problems.Single().Line, error.Problems.Single().Field));
        Assert.Equal(before, await api.WithDbAsync(Snapshot));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_redelivery_replaces_the_value_and_keeps_the_old_one_in_history(DatabaseProvider provider)
    {
        var api = await environment.StartAsync(provider, "redelivery", loadDemoCity: true);
        await using var _ = api;
        var original = await api.WithDbAsync(db => db.IndicatorValues.AsNoTracking()
            .SingleAsync(v => v.Indicator.Key == "sgb2_share" && v.SocialSpace.Key == "roden-nord" && v.Year == 2024));

        var csv = Header + $"roden-nord;sgb2_share;2024;;{original.Numerator + 7};{original.Denominator}\n"
                         + "roden-nord;sgb2_share;2025;;1;2\n";
        var batch = await ImportValuesAsync(api, csv);

        Assert.Equal((1, 1, 0), (batch.InsertedCount, batch.UpdatedCount, batch.UnchangedCount));
        var (current, revision) = await api.WithDbAsync(async db => (
            await db.IndicatorValues.AsNoTracking().SingleAsync(v => v.Id == original.Id),
            await db.IndicatorValueRevisions.AsNoTracking().SingleAsync(r => r.ReplacedByImportBatchId == batch.Id
                && r.Year == 2024)));
        Assert.Equal(original.Numerator + 7, current.Numerator);
        Assert.Equal(batch.Id, current.ImportBatchId);
        Assert.Equal(original.Value, revision.Value);
        Assert.Equal(original.ImportBatchId, revision.ImportBatchId);

        var again = await ImportValuesAsync(api, csv);
        Assert.Equal((0, 0, 2), (again.InsertedCount, again.UpdatedCount, again.UnchangedCount));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_hundred_thousand_values_are_applied_in_one_go(DatabaseProvider provider)
    {
        var api = await environment.StartAsync(provider, "bulk", loadDemoCity: true);
        await using var _ = api;
        var (spaces, indicators) = await api.WithDbAsync(async db => (
            await db.SocialSpaces.Select(s => s.Key).ToListAsync(),
            await db.Indicators.Where(i => i.DenominatorLabel != null).Select(i => i.Key).ToListAsync()));
        var csv = new StringBuilder(Header);
        var rows = 0;
        for (var year = 1901; rows < 100_000; year++)
        {
            foreach (var space in spaces)
            {
                foreach (var indicator in indicators)
                {
                    csv.Append($"{space};{indicator};{year};;{(year + rows) % 97};{100 + (rows % 13)}\n");
                    rows++;
                }
            }
        }

        var before = await api.WithDbAsync(db => db.IndicatorValues.CountAsync());
        var batch = await ImportValuesAsync(api, csv.ToString());

        Assert.Equal(rows, batch.RowCount);
        Assert.Equal(rows, batch.InsertedCount + batch.UpdatedCount + batch.UnchangedCount);
        var (after, revisions, sample) = await api.WithDbAsync(async db => (
            await db.IndicatorValues.CountAsync(),
            await db.IndicatorValueRevisions.CountAsync(r => r.ReplacedByImportBatchId == batch.Id),
            await db.IndicatorValues.SingleAsync(v => v.SocialSpace.Key == spaces[0] && v.Indicator.Key == indicators[0] && v.Year == 1901)));
        Assert.Equal(before + batch.InsertedCount, after);
        Assert.Equal(batch.UpdatedCount, revisions);
        Assert.Equal((1901 % 97, 100.0), (sample.Numerator, sample.Denominator));
        Assert.Equal(1901 % 97 / 100.0 * 100, sample.Value, 9);
        Assert.Equal(batch.Id, sample.ImportBatchId);
    }

    [Theory]
    [InlineData("{ \"type\": \"FeatureCollection\", \"features\": [ }", 1, "kein gültiges JSON")]
    [InlineData("{ \"type\": \"FeatureCollection\", \"features\": [] }", 0, "keine Sozialräume")]
    [InlineData("""{ "type": "FeatureCollection", "features": [ { "type": "Feature", "properties": { "key": "x", "name": "X", "districtKey": "d", "districtName": "D", "population": -1 }, "geometry": { "type": "Polygon", "coordinates": [[[6.7,49.3],[6.8,49.3],[6.8,49.4],[6.7,49.3]]] } } ] }""", 0, "population")]
    [InlineData("""{ "type": "FeatureCollection", "features": [ { "type": "Feature", "properties": { "key": "x", "name": "X", "districtKey": "d", "districtName": "D", "population": 5 }, "geometry": { "type": "Polygon", "coordinates": [[[6.7,49.3],[6.8,49.3],[6.8,49.4],[6.7,49.35]]] } } ] }""", 0, "nicht geschlossen")]
    [InlineData("""{ "type": "FeatureCollection", "features": [ { "type": "Feature", "properties": { "key": "x", "name": "X", "districtKey": "d", "districtName": "D", "population": 5 }, "geometry": { "type": "Point", "coordinates": [6.7,49.3] } } ] }""", 0, "keine Fläche")]
    public async Task A_bad_geojson_file_is_refused_and_nothing_changes(string geoJson, int line, string message)
    {
        var api = await environment.SeededAsync(DatabaseProvider.Sqlite);
        var before = await api.WithDbAsync(Snapshot);

        var error = await Assert.ThrowsAsync<ImportException>(async () =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SocialSpaceImporter>()
                .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(geoJson)), new ImportRequest("raeume.geojson", "test"), default);
        });

        Assert.Equal(line, error.Problems[0].Line);
        Assert.Contains(message, error.Problems[0].ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await api.WithDbAsync(Snapshot));
    }

    private static async Task<ImportBatch> ImportValuesAsync(ApiFactory api, string csv)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IndicatorValueImporter>();
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ImportRequest("werte.csv", "test"), default);
    }

    private static async Task<string> Snapshot(Database.ApiDbContext db) =>
        string.Join("|",
            await db.IndicatorValues.CountAsync(),
            await db.IndicatorValues.SumAsync(v => v.Value),
            await db.IndicatorValueRevisions.CountAsync(),
            await db.ImportBatches.CountAsync(),
            await db.SocialSpaces.CountAsync(),
            await db.Districts.CountAsync());
}

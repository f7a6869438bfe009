using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.ImportWorkflow;

/// <summary><c>applyImport</c> stores a file as a whole or not at all; <c>rollbackImport</c> restores exactly what was there.</summary>
[Collection(ApiCollection.Collection)]
public sealed class ApplyTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Apply_then_rollback_restores_exactly_the_previous_values(DatabaseProvider provider)
    {
        await using var api = await ImportApi.StartAsync(environment, provider);
        var stored = await api.Api.WithDbAsync(db => db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator.Key == "sgb2_share" && v.SocialSpace.Key == "roden-nord" && v.Year >= 2023).OrderBy(v => v.Year).Take(2).ToListAsync());
        var uploadId = await api.UploadIdAsync(
            "socialSpace;indicator;year;value;numerator;denominator;provisional\n"
            + $"roden-nord;sgb2_share;{stored[0].Year};;{stored[0].Numerator};{stored[0].Denominator};{stored[0].IsProvisional}\n"
            + $"roden-nord;sgb2_share;{stored[1].Year};;{stored[1].Numerator + 3};{stored[1].Denominator};false\n"
            + "roden-nord;sgb2_share;2031;;10;100;false\n");
        var before = await api.SnapshotAsync();

        var applied = await api.ApplyAsync(new { uploadId, source = "Jobcenter Saarlouis" });

        Assert.Equal(0, applied.GetProperty("errors").GetArrayLength());
        var batch = applied.GetProperty("batch");
        Assert.Equal((3, 1, 1, 1), (batch.GetProperty("rowCount").GetInt32(), batch.GetProperty("insertedCount").GetInt32(),
            batch.GetProperty("updatedCount").GetInt32(), batch.GetProperty("unchangedCount").GetInt32()));
        Assert.Equal(("werte.csv", "Jobcenter Saarlouis", "Paula Planerin", "APPLIED"), (batch.GetProperty("fileName").GetString(),
            batch.GetProperty("source").GetString(), batch.GetProperty("importedBy").GetString(), batch.GetProperty("outcome").GetString()));
        var changed = await api.Api.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleAsync(v => v.Id == stored[1].Id));
        Assert.Equal(stored[1].Numerator + 3, changed.Numerator);
        Assert.NotEqual(before, await api.SnapshotAsync());
        Assert.Empty(api.UploadedFiles());

        var rolledBack = await api.RollbackAsync(batch.GetProperty("id").GetString()!);

        Assert.Equal(0, rolledBack.GetProperty("errors").GetArrayLength());
        Assert.Equal("ROLLED_BACK", rolledBack.GetProperty("batch").GetProperty("outcome").GetString());
        Assert.Equal(before, await api.SnapshotAsync());
        var again = await api.RollbackAsync(batch.GetProperty("id").GetString()!);
        Assert.Equal("ALREADY_DONE", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_batch_whose_values_a_later_delivery_replaced_is_rolled_back_only_after_that_one()
    {
        await using var api = await ImportApi.StartAsync(environment, DatabaseProvider.Sqlite);
        var before = await api.SnapshotAsync();
        var first = await ApplyAsync(api, ImportApi.Header + "roden-nord;sgb2_share;2031;;10;100\n");
        var afterFirst = await api.SnapshotAsync();
        var second = await ApplyAsync(api, ImportApi.Header + "roden-nord;sgb2_share;2031;;11;100\nroden-nord;sgb2_share;2032;;12;100\n");

        var refused = await api.RollbackAsync(first);
        Assert.Equal("CONFLICT", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());

        Assert.Equal(0, (await api.RollbackAsync(second)).GetProperty("errors").GetArrayLength());
        Assert.Equal(afterFirst, await api.SnapshotAsync());
        Assert.Equal(0, (await api.RollbackAsync(first)).GetProperty("errors").GetArrayLength());
        Assert.Equal(before, await api.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_with_them_and_stores_nothing()
    {
        await using var api = await ImportApi.StartAsync(environment, DatabaseProvider.Sqlite);
        var uploadId = await api.UploadIdAsync(ImportApi.Header + "roden-nord;sgb2_share;2031;;10;100\nroden-nrod;sgb2_share;2031;;10;100\n");
        var (before, batches) = (await api.SnapshotAsync(), await api.BatchCountAsync());

        var payload = await api.ApplyAsync(new { uploadId });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("batch").ValueKind);
        Assert.Equal("INVALID", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        var problem = Assert.Single(payload.GetProperty("problems").EnumerateArray());
        Assert.Equal((3, 1), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Equal((before, batches), (await api.SnapshotAsync(), await api.BatchCountAsync()));
        Assert.NotEmpty(api.UploadedFiles());
    }

    /// <summary>The database refuses the last write of an import (a trigger): the values, revisions and batch written before it go too.</summary>
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_write_that_fails_midway_leaves_the_database_unchanged(DatabaseProvider provider)
    {
        await using var api = await ImportApi.StartAsync(environment, provider);
        var stored = await api.Api.WithDbAsync(db => db.IndicatorValues.AsNoTracking()
            .FirstAsync(v => v.Indicator.Key == "sgb2_share" && v.SocialSpace.Key == "roden-nord" && v.Numerator != null));
        var csv = new StringBuilder(ImportApi.Header).Append($"roden-nord;sgb2_share;{stored.Year};;{stored.Numerator + 1};{stored.Denominator}\n");
        for (var year = 2031; year < 2100; year++)
        {
            csv.Append($"roden-nord;sgb2_share;{year};;10;100\n");
        }

        var uploadId = await api.UploadIdAsync(csv.ToString());
        await api.Api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "CREATE TRIGGER refuse_update BEFORE UPDATE ON IndicatorValues BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
            : "CREATE TRIGGER refuse_update BEFORE UPDATE ON IndicatorValues FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test'"));
        var (before, batches) = (await api.SnapshotAsync(), await api.BatchCountAsync());

        var (_, body) = await Authorization.TokenValidationTests.PostAsync(api.Client(ImportApi.Planner),
            "mutation($input: ImportFileInput!) { applyImport(input: $input) { batch { id } errors { code } } }", new { input = new { uploadId } });

        Assert.True(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal((before, batches), (await api.SnapshotAsync(), await api.BatchCountAsync()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_file_of_a_hundred_thousand_rows_is_uploaded_and_applied(DatabaseProvider provider)
    {
        // An import runs within the GraphQL request's time limit (a timeout rolls it back); big files need a longer one.
        await using var api = await ImportApi.StartAsync(environment, provider, ("GraphQL:ExecutionTimeout", "00:05:00"));
        var (spaces, indicators) = await api.Api.WithDbAsync(async db => (
            await db.SocialSpaces.Select(s => s.Key).ToListAsync(), await db.Indicators.Where(i => i.RetiredAt == null).Select(i => i.Key).ToListAsync()));
        var csv = new StringBuilder(ImportApi.Header);
        var rows = 0;
        for (var year = 2100; rows < 100_000; year--)
        {
            foreach (var space in spaces)
            {
                foreach (var indicator in indicators.Take(100_000 - rows))
                {
                    // German Excel: semicolons and a decimal comma.
                    csv.Append(FormattableString.Invariant($"{space};{indicator};{year};{rows % 5000 / 100},{rows % 100:00};;\n"));
                    rows++;
                }
            }
        }

        var (before, revisionsBefore) = await api.Api.WithDbAsync(async db => (await db.IndicatorValues.CountAsync(), await db.IndicatorValueRevisions.CountAsync()));
        var uploadId = await api.UploadIdAsync(csv.ToString(), "gross.csv");

        var payload = await api.ApplyAsync(new { uploadId });

        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString()[..Math.Min(2000, payload.ToString().Length)]);
        var batch = payload.GetProperty("batch");

        var (inserted, updated, unchanged) = (batch.GetProperty("insertedCount").GetInt32(), batch.GetProperty("updatedCount").GetInt32(), batch.GetProperty("unchangedCount").GetInt32());
        Assert.Equal(rows, batch.GetProperty("rowCount").GetInt32());
        Assert.Equal(rows, inserted + updated + unchanged);
        Assert.True(inserted > 0 && updated + unchanged > 0, $"{inserted} inserted, {updated} updated, {unchanged} unchanged");
        var (after, revisionsAfter) = await api.Api.WithDbAsync(async db => (await db.IndicatorValues.CountAsync(), await db.IndicatorValueRevisions.CountAsync()));
        Assert.Equal((before + inserted, revisionsBefore + updated), (after, revisionsAfter));
    }

    private static async Task<string> ApplyAsync(ImportApi api, string csv)
    {
        var payload = await api.ApplyAsync(new { uploadId = await api.UploadIdAsync(csv) });
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("batch").GetProperty("id").GetString()!;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.ImportWorkflow;

/// <summary><c>previewImport</c>: counts of new, changed and unchanged values per indicator, every problem located, nothing stored.</summary>
[Collection(ApiCollection.Collection)]
public sealed class PreviewTests(ApiEnvironment environment)
{
    [Fact]
    public async Task The_preview_counts_new_changed_and_unchanged_values_per_indicator_and_stores_nothing()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var stored = await api.Api.WithDbAsync(db => db.IndicatorValues.AsNoTracking()
            .Where(v => v.Indicator.Key == "sgb2_share" && v.SocialSpace.Key == "roden-nord" && v.Year >= 2023)
            .OrderBy(v => v.Year).Take(2).ToListAsync());
        var (same, other) = (stored[0], stored[1]);
        var uploadId = await api.UploadIdAsync(
            "socialSpace;indicator;year;value;numerator;denominator;provisional\n"
            + $"roden-nord;sgb2_share;{same.Year};;{same.Numerator};{same.Denominator};{same.IsProvisional}\n"
            + $"roden-nord;sgb2_share;{other.Year};;{other.Numerator + 5};{other.Denominator};{other.IsProvisional}\n"
            + "roden-nord;sgb2_share;2031;;10;100;false\n"
            + "roden-nord;population;2031;1234;;;false\n");
        var before = await api.SnapshotAsync();

        var payload = await api.PreviewAsync(new { uploadId, source = "Bundesagentur für Arbeit" });

        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var preview = payload.GetProperty("preview");
        Assert.Equal((4, 2, 1, 1, true), (preview.GetProperty("rowCount").GetInt32(), preview.GetProperty("newCount").GetInt32(),
            preview.GetProperty("changedCount").GetInt32(), preview.GetProperty("unchangedCount").GetInt32(), preview.GetProperty("canApply").GetBoolean()));
        var indicators = preview.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetProperty("key").GetString()!);
        Assert.Equal(["population", "sgb2_share"], indicators.Keys.Order());
        var share = indicators["sgb2_share"];
        Assert.Equal((1, 1, 1), (share.GetProperty("newCount").GetInt32(), share.GetProperty("changedCount").GetInt32(), share.GetProperty("unchangedCount").GetInt32()));
        var changed = share.GetProperty("values")[0];
        Assert.Equal(("CHANGED", other.Year, other.Value), (changed.GetProperty("change").GetString(), changed.GetProperty("year").GetInt32(), changed.GetProperty("oldValue").GetDouble()));
        Assert.Equal((other.Numerator!.Value + 5) / other.Denominator!.Value * 100, changed.GetProperty("newValue").GetDouble(), 9);
        Assert.Equal(("NEW", 2031, JsonValueKind.Null), (share.GetProperty("values")[1].GetProperty("change").GetString(),
            share.GetProperty("values")[1].GetProperty("year").GetInt32(), share.GetProperty("values")[1].GetProperty("oldValue").ValueKind));
        Assert.Empty(preview.GetProperty("problems").EnumerateArray());
        Assert.Equal(before, await api.SnapshotAsync());
    }

    public static TheoryData<string, int, string> ProblemRows => new()
    {
        { "roden-nrod;sgb2_share;2025;;10;100", 1, "Meinten Sie 'roden-nord'?" },
        { "roden-nord;sgb2_shar;2025;;10;100", 2, "Meinten Sie 'sgb2_share'?" },
        { "roden-nord;population;2025;viele;;", 4, "'viele' ist keine Zahl" },
        { "roden-nord;sgb2_share;2025;;120;100", 5, "liegt nicht zwischen 0 und dem Nenner" },
        { "roden-nord;sgb2_share;2024;;10;100", 3, "schon in Zeile 2" },
        { "roden-nord;sgb2_share;3024;;10;100", 3, "von 1900 bis 2100" },
    };

    [Theory]
    [MemberData(nameof(ProblemRows))]
    public async Task Each_problem_is_listed_with_its_line_and_column(string row, int column, string message)
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var uploadId = await api.UploadIdAsync(ImportApi.Header + "roden-nord;sgb2_share;2024;;10;100\n" + row + "\n");

        var preview = (await api.PreviewAsync(new { uploadId })).GetProperty("preview");

        var problem = Assert.Single(preview.GetProperty("problems").EnumerateArray());
        Assert.Equal((3, column), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Contains(message, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(preview.GetProperty("canApply").GetBoolean());
    }

    [Fact]
    public async Task A_wide_file_with_its_own_headings_is_read_through_the_mapping()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var uploadId = await api.UploadIdAsync("Gebiet,2030,2031,2032\nroden-nord,1200,,1300.5\nsteinrausch-mitte,900,910,x\n", "breit.csv");

        var preview = (await api.PreviewAsync(new { uploadId, format = "WIDE", indicator = "population", columns = new { socialSpace = "Gebiet" } }))
            .GetProperty("preview");

        var population = Assert.Single(preview.GetProperty("indicators").EnumerateArray());
        Assert.Equal(4, population.GetProperty("newCount").GetInt32());
        Assert.Contains(population.GetProperty("values").EnumerateArray(), v => v.GetProperty("socialSpace").GetString() == "roden-nord"
            && v.GetProperty("year").GetInt32() == 2032 && v.GetProperty("newValue").GetDouble() == 1300.5);
        var problem = Assert.Single(preview.GetProperty("problems").EnumerateArray());
        Assert.Equal((3, 4, "2032"), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32(), problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task A_missing_mapped_column_or_an_unknown_upload_is_reported()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        var uploadId = await api.UploadIdAsync(ImportApi.Header + "roden-nord;sgb2_share;2024;;10;100\n");

        var missing = (await api.PreviewAsync(new { uploadId, columns = new { socialSpace = "Gebiet" } })).GetProperty("preview");
        var unknown = await api.PreviewAsync(new { uploadId = new string('a', 32) });
        var someoneElses = await api.PreviewAsync(new { uploadId }, ImportApi.Planner with { Subject = "planner-2" });

        Assert.Contains("socialSpace", Assert.Single(missing.GetProperty("problems").EnumerateArray()).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("uploadId", "NOT_FOUND"), Error(unknown));
        Assert.Equal(("uploadId", "NOT_FOUND"), Error(someoneElses));
    }

    [Fact]
    public async Task Only_planners_may_preview()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);
        const string query = """{ previewImport(input: { uploadId: "x" }) { errors { code } } }""";

        var (anonymous, _) = await Authorization.TokenValidationTests.PostAsync(api.Client(), query);
        var (citizen, _) = await Authorization.TokenValidationTests.PostAsync(api.Client(TestToken.Person("citizen")), query);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, citizen.StatusCode);
    }

    private static (string?, string?) Error(JsonElement payload)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        return (error.GetProperty("field").GetString(), error.GetProperty("code").GetString());
    }
}

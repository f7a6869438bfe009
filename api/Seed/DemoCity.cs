using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.Demography;
using SozialHub.Api.Imports;
using SozialHub.Api.Indicators;
using SozialHub.Api.Organizations;
using SozialHub.Api.Reports;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Seed;

/// <summary>Loads the demo city from seed/ through the same importers planners use.</summary>
public sealed class DemoCity(
    SocialSpaceImporter socialSpaces,
    ActionFieldImporter actionFields,
    IndicatorCatalogImporter catalog,
    IndicatorValueImporter values,
    DirectoryImporter directory,
    ReportSeed reports,
    DemographyImporter demography,
    ApiDbContext db,
    ILogger<DemoCity> logger)
{
    public const string SocialSpacesFile = "social-spaces.geojson";
    public const string ActionFieldsFile = "action-fields.csv";
    public const string IndicatorsFile = "indicators.csv";
    public const string ValuesFile = "indicator-values.csv";
    public const string DirectoryFolder = "directory";
    public const string DemographyFolder = "demography";

    /// <summary>The demographic inputs, one file per kind (seed/README.md).</summary>
    public static readonly IReadOnlyDictionary<string, DemographicKind> DemographyFiles = new Dictionary<string, DemographicKind>
    {
        ["population.csv"] = DemographicKind.Population,
        ["life-table.csv"] = DemographicKind.Survival,
        ["fertility.csv"] = DemographicKind.Fertility,
        ["net-migration.csv"] = DemographicKind.NetMigration,
    };

    private const string ImportedBy = "Demo-Stadt (seed)";
    private const string Source = "Synthetische Demodaten";

    public async Task LoadAsync(string folder, CancellationToken cancellationToken)
    {
        await Import(folder, SocialSpacesFile, (stream, request) => socialSpaces.ImportAsync(stream, request, cancellationToken));
        await Import(folder, ActionFieldsFile, (stream, request) =>
            actionFields.ImportAsync(stream, request, key => ReadDescription(folder, key), cancellationToken));
        await Import(folder, IndicatorsFile, (stream, request) => catalog.ImportAsync(stream, request, cancellationToken));
        await Import(folder, ValuesFile, (stream, request) => values.ImportAsync(stream, request, cancellationToken));
        foreach (var (file, kind) in DemographyFiles.Where(f => File.Exists(Path.Combine(folder, DemographyFolder, f.Key))))
        {
            await Import(Path.Combine(folder, DemographyFolder), file, (stream, request) => demography.ImportAsync(stream, kind, request, cancellationToken));
        }

        await LoadDirectoryAsync(Path.Combine(folder, DirectoryFolder), cancellationToken);
        await reports.LoadAsync(folder, cancellationToken);
    }

    /// <summary>The directory is loaded once: organisations are edited by their members afterwards, not refreshed from seed.</summary>
    private async Task LoadDirectoryAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogInformation("Demo city: no directory at {Folder}", folder);
            return;
        }

        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo city: the directory has organisations already; {Folder} is not loaded again", folder);
            return;
        }

        await Run(DirectoryFolder, request => directory.ImportAsync(
            file => File.Exists(Path.Combine(folder, file)) ? File.OpenRead(Path.Combine(folder, file)) : null, request, cancellationToken));
    }

    private async Task Import(string folder, string file, Func<Stream, ImportRequest, Task<ImportBatch>> import)
    {
        await using var stream = File.OpenRead(Path.Combine(folder, file));
        await Run(file, request => import(stream, request));
    }

    private async Task Run(string file, Func<ImportRequest, Task<ImportBatch>> import)
    {
        var started = Stopwatch.GetTimestamp();
        var batch = await import(new ImportRequest(file, ImportedBy, Source));
        logger.LogInformation(
            "Demo city: {File}: {Rows} rows, {Inserted} new, {Updated} changed, {Unchanged} unchanged in {Seconds:0.00} s",
            file, batch.RowCount, batch.InsertedCount, batch.UpdatedCount, batch.UnchangedCount, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static string? ReadDescription(string folder, string key)
    {
        var path = Path.Combine(folder, "action-fields", key + ".md");
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}

using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Database;
using SozialHub.Api.Facilities;
using SozialHub.Api.Imports;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;
using SozialHub.Api.Offerings;

namespace SozialHub.Api.Organizations;

/// <summary>
/// Imports a directory delivery: HSDS 3.1 tabular-style CSV files (organizations, locations, services and what belongs to
/// them) plus our target groups, facilities, cooperations and networks. The files refer to each other by the ids in
/// their <c>id</c> columns; the records get ids of their own. All or nothing: any problem refuses the whole delivery.
/// </summary>
public sealed class DirectoryImporter(ApiDbContext db, TimeProvider time)
{
    /// <summary>Every file the import reads, in order; only organizations, locations and services are required.</summary>
    public static readonly string[] Files =
    [
        OfferingCsv.TargetGroupsFile, OrganizationCsv.File, LocationCsv.File, FacilityCsv.File, OfferingCsv.File,
        OfferingDetailsCsv.AtLocationsFile, OfferingDetailsCsv.SchedulesFile, OfferingDetailsCsv.LanguagesFile,
        CooperationCsv.File, NetworkCsv.File,
    ];

    /// <param name="open">Opens a file of the delivery by name (a seekable stream), or null when the delivery lacks it.</param>
    public async Task<ImportBatch> ImportAsync(Func<string, Stream?> open, ImportRequest request, CancellationToken cancellationToken)
    {
        var records = new DirectoryRecords
        {
            ActionFields = await db.ActionFields.ToDictionaryAsync(a => a.Key, cancellationToken),
            SocialSpaces = await db.SocialSpaces.ToDictionaryAsync(s => s.Key, cancellationToken),
            TargetGroups = await db.TargetGroups.ToDictionaryAsync(t => t.Key, cancellationToken),
            StoredOrganizationNames = (await db.Organizations.Select(o => o.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase),
            StoredNetworkNames = (await db.Networks.Select(n => n.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
        var files = new DirectoryFiles(open);
        OfferingCsv.ReadTargetGroups(files, records);
        OrganizationCsv.Read(files, records);
        LocationCsv.Read(files, records);
        FacilityCsv.Read(files, records);
        OfferingCsv.Read(files, records);
        OfferingDetailsCsv.Read(files, records);
        CooperationCsv.Read(files, records);
        NetworkCsv.Read(files, records);

        var batch = request.StartBatch(ImportKind.Directory, time.GetUtcNow().UtcDateTime);
        batch.RowCount = files.RowCount;
        batch.InsertedCount = records.Organizations.Count + records.Locations.Count + records.Offerings.Count
            + records.Facilities.Count + records.Cooperations.Count + records.Networks.Count;
        db.AddRange(records.TargetGroups.Values.Where(t => t.Id == 0));
        db.AddRange(records.Organizations.Values);
        db.AddRange(records.Locations.Values);
        db.AddRange(records.Offerings.Values);
        db.AddRange(records.Facilities);
        db.AddRange(records.Cooperations);
        db.AddRange(records.Networks);
        db.ImportBatches.Add(batch);

        // One SaveChanges is one transaction: a failure stores nothing.
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }
}

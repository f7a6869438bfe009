using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Imports;

namespace SozialHub.Api.Indicators;

/// <summary>
/// Imports indicator values, in long format (<c>socialSpace;indicator;year;value;numerator;denominator</c>) or wide
/// format (one column per year). The whole file is checked first (<see cref="PlanAsync"/>, also the preview); it is
/// applied in one transaction or not at all. A value that changes is kept as a revision (methods.md §1).
/// </summary>
public sealed partial class IndicatorValueImporter(ApiDbContext db, TimeProvider time)
{
    /// <summary>The seed's way in: a long-format CSV file, refused as a whole with an <see cref="ImportException"/>.</summary>
    public async Task<ImportBatch> ImportAsync(Stream csv, ImportRequest request, CancellationToken cancellationToken)
    {
        using var table = CsvTable.Open(csv, request.FileName, ValueLayout.Long.CsvColumns());
        var plan = await PlanAsync(table, ValueLayout.Long, cancellationToken);
        return await ApplyAsync(plan, request, cancellationToken);
    }

    /// <summary>Reads and checks every row of the table; stores nothing.</summary>
    public async Task<ValueImportPlan> PlanAsync(CsvTable table, ValueLayout layout, CancellationToken cancellationToken)
    {
        var spaces = await db.SocialSpaces.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Key, cancellationToken);
        var reader = new RowReader(table, layout, spaces, indicators);
        var rows = reader.ReadAll();
        return new ValueImportPlan(rows, table.Problems, reader.RowCount,
            indicators.Values.ToDictionary(i => i.Id), spaces.ToDictionary(s => s.Value, s => s.Key));
    }

    /// <summary>The plan's rows compared with the stored values.</summary>
    public async Task<ValueChanges> CompareAsync(ValueImportPlan plan, CancellationToken cancellationToken) =>
        ValueChanges.Compare(plan.Rows, await CurrentValuesAsync(plan.Rows, cancellationToken));

    /// <summary>Applies a plan without problems in one transaction: all its rows or (on any failure) none.</summary>
    public async Task<ImportBatch> ApplyAsync(ValueImportPlan plan, ImportRequest request, CancellationToken cancellationToken)
    {
        plan.Problems.ThrowIfAny();
        var now = time.GetUtcNow().UtcDateTime;
        var batch = request.StartBatch(ImportKind.IndicatorValues, now);
        batch.RowCount = plan.RowCount;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        // Compared inside the transaction, so that what is replaced is what the revisions keep.
        var changes = await CompareAsync(plan, cancellationToken);
        await new BulkWriter<IndicatorValue>(db, ValueColumns)
            .InsertAsync(changes.Inserts.Select(r => r.Columns(batch.Id)), now, cancellationToken);
        await new BulkWriter<IndicatorValueRevision>(db, RevisionColumns)
            .InsertAsync(changes.Updates.Select(u => u.Old.Revision(batch.Id)), now, cancellationToken);
        await new BulkWriter<IndicatorValue>(db, ValueColumns)
            .UpdateAsync(nameof(IndicatorValue.Id), changes.Updates.Select(u => (u.Old.Id, u.Row.Columns(batch.Id))), now, cancellationToken);
        batch.InsertedCount = changes.Inserts.Count;
        batch.UpdatedCount = changes.Updates.Count;
        batch.UnchangedCount = changes.Unchanged.Count;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return batch;
    }

    internal static readonly string[] ValueColumns =
    [
        nameof(IndicatorValue.IndicatorId), nameof(IndicatorValue.SocialSpaceId), nameof(IndicatorValue.Year),
        nameof(IndicatorValue.Value), nameof(IndicatorValue.Numerator), nameof(IndicatorValue.Denominator),
        nameof(IndicatorValue.IsProvisional), nameof(IndicatorValue.ImportBatchId), nameof(IndicatorValue.UpdatedAt),
    ];

    private static readonly string[] RevisionColumns =
    [
        nameof(IndicatorValueRevision.IndicatorId), nameof(IndicatorValueRevision.SocialSpaceId), nameof(IndicatorValueRevision.Year),
        nameof(IndicatorValueRevision.Value), nameof(IndicatorValueRevision.Numerator), nameof(IndicatorValueRevision.Denominator),
        nameof(IndicatorValueRevision.IsProvisional), nameof(IndicatorValueRevision.ImportBatchId),
        nameof(IndicatorValueRevision.ReplacedByImportBatchId), nameof(IndicatorValueRevision.ReplacedAt),
    ];

    /// <summary>The stored values of the delivered indicators, compact and untracked.</summary>
    private async Task<Dictionary<(int, int, int), StoredValue>> CurrentValuesAsync(IReadOnlyList<ValueRow> rows, CancellationToken cancellationToken)
    {
        var indicatorIds = rows.Select(r => r.IndicatorId).Distinct().ToList();
        var current = new Dictionary<(int, int, int), StoredValue>();
        await foreach (var v in db.IndicatorValues.AsNoTracking()
                           .Where(v => indicatorIds.Contains(v.IndicatorId))
                           .Select(v => new StoredValue(v.Id, v.IndicatorId, v.SocialSpaceId, v.Year, v.Value, v.Numerator, v.Denominator, v.IsProvisional, v.ImportBatchId))
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            current[(v.IndicatorId, v.SocialSpaceId, v.Year)] = v;
        }

        return current;
    }
}

using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Imports;

public sealed class RollbackImportInput
{
    public string BatchId { get; set; } = "";
}

public sealed record RollbackImportPayload(ImportBatch? Batch, IReadOnlyList<UserError> Errors);

/// <summary>
/// Takes back a Datenlieferung of values in one transaction: the values it replaced return from the history, the
/// values it added are deleted, and the batch is marked rolled back. A batch whose values a later, applied
/// delivery replaced again is refused: that one must be taken back first.
/// </summary>
public sealed class ImportRollback(ApiDbContext db, TimeProvider time)
{
    public async Task<RollbackImportPayload> RollbackAsync(RollbackImportInput input, CancellationToken cancellationToken)
    {
        var errors = new UserErrors();
        var batch = GlobalId.TryDecode(input.BatchId, out var type, out var id) && type == nameof(ImportBatch)
            ? await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
            : null;
        errors.NotFoundIf(batch is null, "batchId", "Diese Datenlieferung gibt es nicht.");
        if (batch is null)
        {
            return new RollbackImportPayload(null, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var later = await db.IndicatorValueRevisions
            .Where(r => r.ImportBatchId == batch.Id)
            .Join(db.ImportBatches.Where(b => b.Outcome == ImportOutcome.Applied), r => r.ReplacedByImportBatchId, b => b.Id, (r, b) => b.Id)
            .OrderByDescending(b => b).FirstOrDefaultAsync(cancellationToken);
        errors.InvalidIf(batch.Kind != ImportKind.IndicatorValues, "batchId", "Nur Lieferungen von Indikatorwerten lassen sich zurücknehmen.");
        if (batch.Outcome == ImportOutcome.RolledBack)
        {
            errors.Add("batchId", UserErrorCode.AlreadyDone, "Diese Datenlieferung wurde schon zurückgenommen.");
        }
        else if (later != 0)
        {
            errors.Add("batchId", UserErrorCode.Conflict,
                $"Eine spätere Datenlieferung (Nr. {later}) hat Werte dieser Lieferung ersetzt: bitte nehmen Sie zuerst jene zurück.");
        }

        if (errors.Count > 0)
        {
            return new RollbackImportPayload(null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await RestoreReplacedAsync(batch.Id, now, cancellationToken);
        // What still carries the batch was added by it.
        await db.IndicatorValues.Where(v => v.ImportBatchId == batch.Id).ExecuteDeleteAsync(cancellationToken);
        await db.IndicatorValueRevisions.Where(r => r.ReplacedByImportBatchId == batch.Id).ExecuteDeleteAsync(cancellationToken);
        batch.Outcome = ImportOutcome.RolledBack;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RollbackImportPayload(batch, errors);
    }

    /// <summary>Puts the revisions the batch made back into the values they were taken from.</summary>
    private async Task RestoreReplacedAsync(int batchId, DateTime now, CancellationToken cancellationToken)
    {
        var restored = await db.IndicatorValueRevisions.AsNoTracking()
            .Where(r => r.ReplacedByImportBatchId == batchId)
            .Join(db.IndicatorValues.Where(v => v.ImportBatchId == batchId),
                r => new { r.IndicatorId, r.SocialSpaceId, r.Year }, v => new { v.IndicatorId, v.SocialSpaceId, v.Year },
                (r, v) => new { v.Id, Row = new ValueRow(r.IndicatorId, r.SocialSpaceId, r.Year, r.Value, r.Numerator, r.Denominator, r.IsProvisional), r.ImportBatchId })
            .ToListAsync(cancellationToken);
        await new BulkWriter<IndicatorValue>(db, IndicatorValueImporter.ValueColumns)
            .UpdateAsync(nameof(IndicatorValue.Id), restored.Select(r => (r.Id, r.Row.Columns(r.ImportBatchId))), now, cancellationToken);
    }
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace SozialHub.Api.Audit;

/// <summary>
/// Records every change to the audited types with the caller of the request. Old values are read before the save,
/// ids of added rows after it; the log is written in the same transaction as the change, so a change without its log
/// entry (or the other way round) cannot be stored. Writes outside a request (seeding at start) are not recorded.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    // The interceptor is shared by all contexts; the changes of a save in progress belong to its context.
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && AuditActor.Of(http.HttpContext) is { } actor)
        {
            var changes = context.ChangeTracker.Entries().Select(AuditedChange.Of).OfType<AuditedChange>().ToList();
            if (changes.Count > 0)
            {
                var transaction = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
                _pending.AddOrUpdate(context, new Pending(actor, changes, transaction));
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            var at = time.GetUtcNow().UtcDateTime;
            context.AddRange(pending.Changes.Select(c => c.ToEntry(pending.Actor, at)));
            await context.SaveChangesAsync(cancellationToken);
            if (pending.Transaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.Transaction is { } transaction)
            {
                await transaction.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }
    }

    private sealed record Pending(AuditActor Actor, List<AuditedChange> Changes, IDbContextTransaction? Transaction);
}

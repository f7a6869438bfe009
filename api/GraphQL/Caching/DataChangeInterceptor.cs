using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SozialHub.Api.GraphQL.Caching;

/// <summary>
/// Tells the <see cref="ResponseCache"/> that data changed: after SaveChanges, after a committed transaction
/// (the importers' bulk statements) and after any other writing statement, so that no feature has to remember it.
/// </summary>
public sealed class DataChangeInterceptor(ResponseCache cache) : DbTransactionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.Invalidate();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        cache.Invalidate();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        cache.Invalidate();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return ValueTask.FromResult(result);
    }
}

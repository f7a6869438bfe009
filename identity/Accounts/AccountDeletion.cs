using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using SozialHub.Identity.Database;
using SozialHub.Mail;

namespace SozialHub.Identity.Accounts;

/// <summary>
/// Extension point for deleting an account: runs before anything is removed, outside the deletion's transaction
/// (a hook may call this server, e.g. its token endpoint, which a held SQLite write lock would block); throwing
/// stops the deletion with everything kept. <see cref="Participation.ContributionAnonymizer"/> has the API show the
/// person's contributions as „gelöschtes Konto“. Hooks must be safe to repeat: a later failure leaves the account.
/// </summary>
public interface IAccountDeletionHook
{
    Task OnDeletingAsync(ApplicationUser user, CancellationToken cancellationToken);
}

/// <summary>Removes an account with everything this service holds about it, and says goodbye by mail.</summary>
public sealed class AccountDeletion(
    UserManager<ApplicationUser> users, AccountsDbContext db, IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations, IEnumerable<IAccountDeletionHook> hooks, AccountMails mails, MailOutbox outbox)
{
    public async Task<IdentityResult> DeleteAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var email = user.Email!;
        foreach (var hook in hooks)
        {
            await hook.OnDeletingAsync(user, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Tokens and authorizations name the account only as their subject (no foreign key), so they go explicitly;
        // listed first because MySqlConnector cannot delete while a query is still being read.
        foreach (var token in await ListAsync(tokens.FindBySubjectAsync(user.Id, cancellationToken), cancellationToken))
        {
            await tokens.DeleteAsync(token, cancellationToken);
        }

        foreach (var authorization in await ListAsync(authorizations.FindBySubjectAsync(user.Id, cancellationToken), cancellationToken))
        {
            await authorizations.DeleteAsync(authorization, cancellationToken);
        }

        await db.OutboxMails.Where(m => m.Recipient == email).ExecuteDeleteAsync(cancellationToken);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            return deleted; // the transaction rolls back when disposed
        }

        mails.QueueAccountDeleted(email);
        await outbox.CommitAsync(transaction, cancellationToken);
        return deleted;
    }

    private static async Task<List<object>> ListAsync(IAsyncEnumerable<object> items, CancellationToken cancellationToken)
    {
        var list = new List<object>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}

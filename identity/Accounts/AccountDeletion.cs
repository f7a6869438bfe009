using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using SozialHub.Identity.Database;
using SozialHub.Identity.Mail;

namespace SozialHub.Identity.Accounts;

/// <summary>
/// Extension point for deleting an account: runs inside the deletion's transaction, after the account rows are
/// removed and before they are committed; throwing rolls the deletion back. The participation issue adds the
/// hook that has the API anonymise the person's contributions (author shown as „gelöschtes Konto“).
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

        foreach (var hook in hooks)
        {
            await hook.OnDeletingAsync(user, cancellationToken);
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

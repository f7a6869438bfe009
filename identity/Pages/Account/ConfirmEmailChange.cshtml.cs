using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;

namespace SozialHub.Identity.Pages.Account;

/// <summary>
/// The link sent to a new address: the address (and user name) change together. The security stamp changes with
/// them, so the portal's refresh tokens end and the person signs in again with the new address.
/// </summary>
public sealed class ConfirmEmailChangeModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountsDbContext db) : PageModel
{
    public bool Changed { get; private set; }

    public bool Taken { get; private set; }

    public async Task OnGetAsync(string? userId, string? email, string? code, CancellationToken cancellationToken)
    {
        var token = LinkCodes.Decode(code);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is not null && token is not null && email is not null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await users.ChangeEmailAsync(user, email, token);
            if (changed.Succeeded)
            {
                changed = await users.SetUserNameAsync(user, email);
            }

            Taken = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail));
            if (changed.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
                Changed = true;
                if (signIn.IsSignedIn(User) && users.GetUserId(User) == user.Id)
                {
                    await signIn.RefreshSignInAsync(user);
                }
            }
        }

        if (!Changed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}

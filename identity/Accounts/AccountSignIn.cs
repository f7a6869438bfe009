using Microsoft.AspNetCore.Identity;

namespace SozialHub.Identity.Accounts;

public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
    Unconfirmed,
}

/// <summary>
/// Checks e-mail and password and signs in with the Identity cookie. Only a person with a confirmed address is
/// signed in: the portal and the API never see an account whose owner has not proved the address. The
/// "unconfirmed" answer comes only after the right password, so it tells a stranger nothing.
/// </summary>
public sealed class AccountSignIn(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IPasswordHasher<ApplicationUser> hasher)
{
    // Verifying against a throw-away hash takes as long as a real check, so an unknown address answers no faster.
    private static readonly ApplicationUser Nobody = new() { Id = "nobody" };
    private static string? _nobodyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            _nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            return SignInOutcome.WrongCredentials;
        }

        // Counts the failure and locks the account after the fifth (AccountsExtensions).
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return SignInOutcome.LockedOut;
        }

        if (!result.Succeeded)
        {
            return SignInOutcome.WrongCredentials;
        }

        if (!await users.IsEmailConfirmedAsync(user))
        {
            return SignInOutcome.Unconfirmed;
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return SignInOutcome.SignedIn;
    }
}

using Microsoft.AspNetCore.Identity;

namespace SozialHub.Identity.Accounts;

/// <summary>ASP.NET Core Identity's messages in German, for the ones a person can run into.</summary>
internal sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public const string DuplicateEmailText = "Für diese E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich an oder lassen Sie sich ein neues Passwort schicken.";

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Das Konto wurde gerade an anderer Stelle geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Das Passwort ist falsch.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "Der Link ist abgelaufen oder wurde schon verwendet.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.");

    // The e-mail address is the user name, so its errors read as e-mail errors.
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidEmail), InvalidEmail(userName).Description);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), DuplicateEmailText);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), DuplicateEmailText);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Das Passwort ist zu kurz: Es muss mindestens {length} Zeichen lang sein.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Das Konto hat die Rolle „{HubRoles.Label(role)}“ schon.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"Das Konto hat die Rolle „{HubRoles.Label(role)}“ nicht.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

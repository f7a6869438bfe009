using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SozialHub.Identity.Pages;

/// <summary>
/// "Please look into your mailbox". Forms that send a mail redirect here; the page for a known and for an unknown
/// address is the same, so it tells nobody whether an account exists.
/// </summary>
public sealed class MailSentModel : PageModel
{
    public const string Registered = "konto";
    public const string ConfirmationAgain = "bestaetigung";
    public const string PasswordReset = "passwort";
    public const string EmailChange = "email";

    public string Kind { get; private set; } = "";

    public IActionResult OnGet(string kind)
    {
        Kind = kind;
        return kind is Registered or ConfirmationAgain or PasswordReset or EmailChange ? Page() : NotFound();
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Security;
using SozialHub.Mail;

namespace SozialHub.Identity.Pages.Registration;

/// <summary>A citizen registers; the account and its confirmation mail are saved in one transaction.</summary>
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox, TimeProvider time) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser
        {
            UserName = Input.Email,
            Email = Input.Email,
            DisplayName = Input.DisplayName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            ModelState.AddIdentityErrors(created, FormExtensions.Fields("Input.Email", "Input.Password"));
            return Page();
        }

        await users.AddToRoleAsync(user, HubRoles.Citizen);
        await mails.QueueConfirmationAsync(user, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
        await outbox.CommitAsync(transaction, cancellationToken);
        return RedirectToPage("/MailSent", new { kind = MailSentModel.Registered });
    }
}

public sealed class RegisterInput
{
    [Required(ErrorMessage = Texts.DisplayNameRequired)]
    [StringLength(ApplicationUser.DisplayNameLength, ErrorMessage = Texts.TooLong)]
    public string DisplayName { get; set => field = value?.Trim() ?? ""; } = "";

    [Required(ErrorMessage = Texts.EmailRequired)]
    [EmailAddress(ErrorMessage = Texts.EmailInvalid)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Email { get; set => field = value?.Trim() ?? ""; } = "";

    [Required(ErrorMessage = Texts.NewPasswordRequired)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = Texts.RepeatRequired)]
    [Compare(nameof(Password), ErrorMessage = Texts.PasswordsDiffer)]
    public string ConfirmPassword { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Pages.Forms;

namespace SozialHub.Identity.Pages.Account;

/// <summary>The profile: what the account is, its display name, and the way to everything else about it.</summary>
public sealed class IndexModel(UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>What was just done (after a redirect): <c>name</c>, <c>passwort</c>, <c>email</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public ApplicationUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public IList<string> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        Input.DisplayName = Account.DisplayName ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Account.DisplayName = Input.DisplayName;
        var updated = await users.UpdateAsync(Account);
        if (!updated.Succeeded)
        {
            ModelState.AddIdentityErrors(updated, _ => "");
            return Page();
        }

        return RedirectToPage(new { status = "name" });
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }

        Account = user;
        Roles = await users.GetRolesAsync(user);
        Organizations = [.. (await users.GetClaimsAsync(user)).Where(c => c.Type == HubClaims.Organization).Select(c => c.Value)];
        return true;
    }
}

public sealed class ProfileInput
{
    [Required(ErrorMessage = Texts.DisplayNameRequired)]
    [StringLength(ApplicationUser.DisplayNameLength, ErrorMessage = Texts.TooLong)]
    public string DisplayName { get; set => field = value?.Trim() ?? ""; } = "";
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Pages.Forms;

namespace SozialHub.Identity.Pages.Admin;

/// <summary>
/// Roles and organisation memberships of one account. They reach the person's tokens at the next sign-in or
/// refresh (claims are read fresh each time).
/// </summary>
public sealed class AccountModel(UserManager<ApplicationUser> users, AccountsDbContext db) : PageModel
{
    [BindProperty]
    public List<string> Roles { get; set; } = [];

    /// <summary>Organisation identifiers, one per line.</summary>
    [BindProperty]
    public string? Organizations { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public ApplicationUser Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Account = user;
        Roles = [.. await users.GetRolesAsync(user)];
        Organizations = string.Join("\n", await MembershipsAsync(user));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Account = user;
        var wanted = Roles.Where(HubRoles.All.Contains).Distinct().ToList();
        var organizations = (Organizations ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        Validate(user, wanted, organizations);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        var result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        result = result.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current)) : result;
        var oldClaims = (await users.GetClaimsAsync(user)).Where(c => c.Type == HubClaims.Organization).ToList();
        result = result.Succeeded ? await users.RemoveClaimsAsync(user, oldClaims) : result;
        result = result.Succeeded ? await users.AddClaimsAsync(user, organizations.Select(o => new Claim(HubClaims.Organization, o))) : result;
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, _ => "");
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage(new { id, status = "gespeichert" });
    }

    private void Validate(ApplicationUser user, List<string> roles, List<string> organizations)
    {
        // Without this, the last admin could lock everyone out of this page.
        if (user.Id == users.GetUserId(User) && !roles.Contains(HubRoles.Admin))
        {
            ModelState.AddModelError(nameof(Roles), "Sie können sich die Rolle „Administration“ nicht selbst nehmen.");
        }

        if (organizations.Count > 0 && !roles.Contains(HubRoles.Organization))
        {
            ModelState.AddModelError(nameof(Organizations), $"Organisationen gibt es nur mit der Rolle „{HubRoles.Label(HubRoles.Organization)}“.");
        }

        if (organizations.Any(o => o.Length > HubClaims.OrganizationLength || o.Any(char.IsWhiteSpace)))
        {
            ModelState.AddModelError(nameof(Organizations),
                $"Eine Kennung steht allein in ihrer Zeile, ohne Leerzeichen, und hat höchstens {HubClaims.OrganizationLength} Zeichen.");
        }
    }

    private async Task<List<string>> MembershipsAsync(ApplicationUser user) =>
        [.. (await users.GetClaimsAsync(user)).Where(c => c.Type == HubClaims.Organization).Select(c => c.Value)];
}

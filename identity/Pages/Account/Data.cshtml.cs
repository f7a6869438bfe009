using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Participation;

namespace SozialHub.Identity.Pages.Account;

/// <summary>"Download my data": a JSON file of what the hub holds about the account (<see cref="AccountDataExport"/>).</summary>
public sealed class DataModel(UserManager<ApplicationUser> users, AccountDataExport export, TimeProvider time) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        byte[] json;
        try
        {
            json = await export.CreateAsync(user, cancellationToken);
        }
        catch (HubApiUnavailableException)
        {
            ModelState.AddModelError("", Texts.ExportUnavailable);
            return Page();
        }

        return File(json, "application/json", $"sozialhub-meine-daten-{time.GetUtcNow():yyyy-MM-dd}.json");
    }
}

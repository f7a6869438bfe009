using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SozialHub.Identity.Database;

namespace SozialHub.Identity.Pages.Admin;

/// <summary>Finds accounts by e-mail address or display name, to change their roles.</summary>
public sealed class AccountsModel(AccountsDbContext db) : PageModel
{
    private const int Shown = 50;

    [BindProperty(SupportsGet = true, Name = "suche")]
    public string? Query { get; set; }

    public List<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accounts = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim();
            var upper = text.ToUpperInvariant();
            accounts = accounts.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName!.Contains(text));
        }

        var found = await accounts.OrderBy(u => u.NormalizedEmail).Take(Shown)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.EmailConfirmed })
            .ToListAsync(cancellationToken);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        Accounts = [.. found.Select(u => new AccountRow(
            u.Id, u.Email ?? "", u.DisplayName ?? "", u.EmailConfirmed,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order()]))];
    }
}

public sealed record AccountRow(string Id, string Email, string DisplayName, bool Confirmed, IReadOnlyList<string> Roles);

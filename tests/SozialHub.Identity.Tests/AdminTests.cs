using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>The demo admin (Development) gives roles and organisation memberships; they reach the person's tokens.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class AdminTests(MariaDbServer mariaDb, IdentityServers servers)
{
    private const string AdminEmail = "admin@sozialhub.example";

    [Fact]
    public async Task The_demo_admin_makes_a_citizen_a_planner_and_member_of_two_organisations()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var email = Accounts.NewEmail("mitglied");
        using var member = await Accounts.SignedInAsync(identity, email, "Petra Träger");
        using var admin = identity.NewSession();
        Assert.Equal("/konto", (await Accounts.SignInAsync(admin, AdminEmail, identity.DemoPassword(AdminEmail))).Path);

        var list = await admin.GetAsync($"verwaltung/konten?suche={Uri.EscapeDataString(email)}");
        var edit = await admin.GetAsync(list.Document.QuerySelector("main table a")!.GetAttribute("href")!);
        var withoutRole = await admin.SubmitAsync(edit, new Dictionary<string, string> { ["Organizations"] = "traeger-a" });
        var saved = await SaveAsync(admin, edit, ["citizen", "organization", "planner"], "traeger-a\n  traeger-b  \n\ntraeger-a");
        var tokens = await PortalClient.AuthorizeAsync(member);
        var (_, userInfo) = await PortalClient.UserInfoAsync(member.Http, tokens.AccessToken);

        Assert.StartsWith("Organisationen gibt es nur mit der Rolle", withoutRole.FieldError("Organizations"), StringComparison.Ordinal);
        Assert.Equal("traeger-a", withoutRole.Document.GetElementById("Organizations")!.TextContent);
        Assert.NotNull(saved.Document.QuerySelector("[role=status]"));
        Assert.Equal(["citizen", "organization", "planner"], Http.Strings(tokens.Access.GetProperty("role")).Order());
        Assert.Equal(["traeger-a", "traeger-b"], Http.Strings(tokens.Access.GetProperty("org")).Order());
        Assert.Equal(["traeger-a", "traeger-b"], Http.Strings(tokens.Identity.GetProperty("org")).Order());
        Assert.Equal(["traeger-a", "traeger-b"], Http.Strings(userInfo.GetProperty("org")).Order());
    }

    [Fact]
    public async Task Only_admins_see_the_administration_and_an_admin_keeps_the_own_admin_role()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var citizen = await Accounts.SignedInAsync(identity, Accounts.NewEmail("buerger"));
        using var anonymous = identity.NewSession();
        using var admin = identity.NewSession();
        await Accounts.SignInAsync(admin, AdminEmail, identity.DemoPassword(AdminEmail));

        var forbidden = await citizen.GetAsync("verwaltung/konten");
        var signInFirst = await anonymous.GetAsync("verwaltung/konten");
        var list = await admin.GetAsync($"verwaltung/konten?suche={Uri.EscapeDataString(AdminEmail)}");
        var self = await admin.GetAsync(list.Document.QuerySelector("main table a")!.GetAttribute("href")!);
        var demoted = await SaveAsync(admin, self, ["citizen"], "");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal("Kein Zugriff", forbidden.Heading);
        Assert.Equal("/anmelden", signInFirst.Path);
        Assert.Equal(["Sie können sich die Rolle „Administration“ nicht selbst nehmen."], demoted.Errors);
        Assert.Equal("#Roles", demoted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    // Checkboxes as a person ticks them: the form is posted with exactly these roles.
    private static async Task<WebPage> SaveAsync(WebSession admin, WebPage edit, string[] roles, string organizations)
    {
        foreach (var box in edit.Document.QuerySelectorAll("input[name=Roles]"))
        {
            if (roles.Contains(box.GetAttribute("value")))
            {
                box.SetAttribute("checked", "checked");
            }
            else
            {
                box.RemoveAttribute("checked");
            }
        }

        return await admin.SubmitAsync(edit, new Dictionary<string, string> { ["Organizations"] = organizations });
    }
}

using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>
/// When the API cannot be reached, a deletion would leave the person's name on their contributions: it is refused
/// with a German message and the account stays; the export, which would miss the contributions, is refused too.
/// The file-mail server's API address leads to a port where nothing listens.
/// </summary>
[Collection(MariaDbServer.Collection)]
public sealed class ApiUnavailableTests(IdentityServers servers)
{
    [Fact]
    public async Task With_the_API_down_deletion_and_export_are_refused_and_the_account_stays()
    {
        var identity = await servers.WithMailFilesAsync();
        var email = Accounts.NewEmail("api-weg");
        using var session = identity.NewSession();
        // An address of its own for the registration limit of this server (RateLimitTests counts on its own).
        session.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.51");
        await Accounts.RegisterAsync(session, email);
        await Accounts.ConfirmAsync(identity, session, email);
        Assert.Equal("/konto", (await Accounts.SignInAsync(session, email)).Path);

        var export = await session.SubmitAsync(await session.GetAsync("konto/daten"));
        var deleteForm = await session.GetAsync("konto/loeschen");
        var refused = await session.SubmitAsync(deleteForm, new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });

        Assert.Equal("/konto/daten", export.Path);
        Assert.Equal("text/html", export.MediaType);
        Assert.Contains("nicht erreichbar", Assert.Single(export.Errors), StringComparison.Ordinal);
        Assert.Equal("/konto/loeschen", refused.Path);
        var message = Assert.Single(refused.Errors);
        Assert.StartsWith("Ihr Konto konnte gerade nicht gelöscht werden", message, StringComparison.Ordinal);
        Assert.Contains("Ihr Konto ist unverändert", message, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM AspNetUsers WHERE Email = '{email}'"));
        Assert.Contains("could not be reached as sozialhub-identity", identity.Process.Output, StringComparison.Ordinal);
        // Still signed in, and the account still signs in afresh.
        Assert.Equal("/konto", (await session.GetAsync("konto")).Path);
        using var fresh = identity.NewSession();
        fresh.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.51");
        Assert.Equal("/konto", (await Accounts.SignInAsync(fresh, email)).Path);
    }
}

using System.Net;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>One client address cannot post registrations (or sign-ins, or reset requests) without limit.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class RateLimitTests(IdentityServers servers)
{
    [Fact]
    public async Task Registrations_beyond_the_limit_get_429_with_a_German_page_and_showing_the_form_still_works()
    {
        // This server limits registrations to IdentityServers.RegistrationLimit per hour and address, and reads the
        // address from X-Forwarded-For as behind a proxy: the test's own address keeps it apart from other tests.
        var identity = await servers.WithMailFilesAsync();
        using var session = identity.NewSession();
        var client = new Dictionary<string, string> { ["X-Forwarded-For"] = $"203.0.113.{Random.Shared.Next(1, 255)}" };
        var form = await session.GetAsync("registrieren", client);

        var statuses = new List<HttpStatusCode>();
        WebPage? refused = null;
        for (var attempt = 0; attempt <= IdentityServers.RegistrationLimit; attempt++)
        {
            var page = await session.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.DisplayName"] = "Viele Versuche",
                ["Input.Email"] = Accounts.NewEmail("flut"),
                ["Input.Password"] = "kurz",
                ["Input.ConfirmPassword"] = "kurz",
            }, headers: client);
            statuses.Add(page.Status);
            refused = page;
        }

        var formAgain = await session.GetAsync("registrieren", client);

        Assert.All(statuses.Take(IdentityServers.RegistrationLimit), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("Zu viele Versuche", refused!.Heading);
        Assert.Contains("<html lang=\"de\">", refused.Html, StringComparison.Ordinal);
        Assert.True(refused.Headers.ContainsKey("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, formAgain.Status);
    }
}

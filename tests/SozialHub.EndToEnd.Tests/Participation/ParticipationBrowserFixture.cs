using Microsoft.Playwright;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.EndToEnd.Tests.Participation;

/// <summary>
/// Identity (a planner and four citizens), the API publishing at once with a high hourly limit, the portal without
/// the form's minimum time, and Chromium: for the signed-in journeys, the XSS corpus and axe on the forms.
/// </summary>
public sealed class ParticipationBrowserFixture : BrowserFixture
{
    public new const string Collection = "Participation in Chromium";

    public static TestAccount Planner => ParticipationAccounts.Planner;

    public static IReadOnlyList<TestAccount> Citizens => ParticipationAccounts.Citizens;

    private SmtpTestServer? _smtp;

    /// <summary>Where identity sends its mail (registration confirmations).</summary>
    public SmtpTestServer Smtp => _smtp ?? throw new InvalidOperationException("The fixture has not started.");

    protected override async Task<DemoCityServices> StartServicesAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        var identity = new Dictionary<string, string?>(_smtp.Settings)
        {
            // Many sign-ins from one address in a few minutes.
            ["Identity:RateLimits:SignIn:PermitLimit"] = "100000",
            ["Identity:RateLimits:Registration:PermitLimit"] = "100000",
        };
        return await DemoCityServices.StartAsync("e2e-participation", ParticipationAccounts.Setup(0) with { Identity = identity });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context signed in through identity's form, on <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInPageAsync(TestAccount account, string path)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, account, path);
        return page;
    }

    /// <summary>Signs in on this page through identity's form and waits until the portal shows <paramref name="path"/>.</summary>
    public async Task SignInAsync(IPage page, TestAccount account, string path)
    {
        await page.GotoAsync("/anmelden?returnUrl=" + Uri.EscapeDataString(path));
        await page.FillAsync("input[name='Input.Email']", account.Email);
        await page.FillAsync("input[name='Input.Password']", account.Password);
        var portal = Services.Portal.BaseAddress.ToString();
        await page.ClickAsync("form:has(input[name='Input.Password']) button[type='submit']");
        await page.WaitForURLAsync(url => url.StartsWith(portal, StringComparison.Ordinal));
    }
}

[CollectionDefinition(ParticipationBrowserFixture.Collection)]
public sealed class ParticipationBrowserCollection : ICollectionFixture<ParticipationBrowserFixture>;

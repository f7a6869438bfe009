using System.Net;
using AngleSharp.Dom;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Authentication;

/// <summary>Signing in to the portal through identity (code + PKCE), the token on API calls, refresh, sign-out.</summary>
[Collection(SignInCollection.Collection)]
public sealed class SignInTests(SignInFixture fixture)
{
    [Fact]
    public async Task Anonymous_visitors_see_a_sign_in_link_and_the_API_is_called_without_a_token()
    {
        using var browser = fixture.Browser();
        fixture.Proxy.Authorizations.Clear();

        using var start = await browser.GetAsync("/");
        var page = await Html.ParseAsync(start);

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var link = page.QuerySelector("header .account a")!;
        Assert.Equal("Anmelden", link.TextContent.Trim());
        Assert.Equal("/anmelden?returnUrl=%2F", link.GetAttribute("href"));
        Assert.Null(page.QuerySelector("header form"));
        Assert.NotEmpty(fixture.Proxy.Authorizations);
        Assert.All(fixture.Proxy.Authorizations, Assert.Empty);
    }

    [Fact]
    public async Task Signing_in_redirects_to_identity_with_the_code_flow_and_PKCE_S256()
    {
        using var browser = fixture.Browser();

        using var response = await browser.GetAsync("/anmelden?returnUrl=%2Fsozialraeume");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(new Uri(fixture.Identity.BaseAddress, "connect/authorize").GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("sozialhub-portal", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"]!.Length);
        Assert.Equal(new Uri(fixture.Portal.BaseAddress, "signin-oidc").ToString(), query["redirect_uri"]);
        Assert.Superset(new HashSet<string> { "openid", "profile", "roles", "offline_access", "hub.read" }, query["scope"]!.Split(' ').ToHashSet());
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        // The correlation and nonce cookies survive the top-level GET back from identity and stay out of scripts' reach.
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("samesite=lax", c, StringComparison.OrdinalIgnoreCase));

        // Identity accepts the request (client, redirect URI, PKCE) and asks the person to sign in.
        using var identity = await browser.FollowAsync(await browser.GetAsync(location.ToString()));
        Assert.Equal(HttpStatusCode.OK, identity.StatusCode);
        Assert.NotNull((await Html.ParseAsync(identity)).QuerySelector("input[name='Input.Password']"));
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        using var browser = fixture.Browser();

        using var response = await browser.PostAsync("/abmelden", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_planner_signs_in_sees_name_and_role_and_the_API_gets_the_token_which_is_refreshed_and_signs_out()
    {
        using var browser = fixture.Browser();

        var home = await browser.SignInAsPlannerAsync("/");

        Assert.Equal(fixture.Portal.BaseAddress.ToString(), home.Url);
        var who = home.QuerySelector("header .account__who")!.TextContent;
        Assert.Contains($"Angemeldet als {SignInFixture.PlannerName}", Normalize(who), StringComparison.Ordinal);
        Assert.Contains("Sozialplanung", who, StringComparison.Ordinal);
        var sent = fixture.Proxy.Authorizations.Last();
        Assert.StartsWith("Bearer ", sent, StringComparison.Ordinal);

        // Every request refreshes here (the fixture's setting); requests at the same time share one refresh, since
        // identity revokes the session when a rotated refresh token is used twice.
        var pages = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await Html.ParseAsync(await browser.OpenAsync("/"))));
        Assert.All(pages, p => Assert.NotNull(p.QuerySelector("header .account__who")));
        var again = await Html.ParseAsync(await browser.OpenAsync("/"));
        Assert.NotNull(again.QuerySelector("header .account__who"));
        Assert.NotEqual(sent, fixture.Proxy.Authorizations.Last());

        var signOut = again.QuerySelector("header form.account__form")!;
        var afterSignOut = await Html.ParseAsync(await FinishSignOutAsync(browser, await browser.SubmitAsync(again, signOut)));
        Assert.Equal("Anmelden", afterSignOut.QuerySelector("header .account a")?.TextContent.Trim());
        Assert.Equal("", fixture.Proxy.Authorizations.Last());
    }

    [Fact]
    public async Task The_return_url_must_be_a_path_of_the_portal()
    {
        using var browser = fixture.Browser();

        var page = await browser.SignInAsPlannerAsync("https://example.org/");

        Assert.Equal(fixture.Portal.BaseAddress.ToString(), page.Url);
    }

    [Fact]
    public void Data_protection_keys_are_files_under_data()
    {
        var keys = Path.Combine(Path.GetDirectoryName(ServiceProcess.Locate("portal"))!, "data", "keys");

        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }

    /// <summary>Follows the sign-out through identity, confirming there if it asks, back to the portal.</summary>
    private async Task<HttpResponseMessage> FinishSignOutAsync(Browser browser, HttpResponseMessage response)
    {
        response = await browser.FollowAsync(response);
        if (response.RequestMessage!.RequestUri!.Port == fixture.Identity.BaseAddress.Port
            && await Html.ParseAsync(response) is var page && page.QuerySelector("main form[method='post']") is { } confirm)
        {
            return await browser.FollowAsync(await browser.SubmitAsync(page, confirm));
        }

        return response;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

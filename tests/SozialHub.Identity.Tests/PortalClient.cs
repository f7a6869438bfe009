using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;

namespace SozialHub.Identity.Tests;

/// <summary>The portal as an OpenID Connect client (appsettings.Development.json): code flow with PKCE, refresh, logout.</summary>
internal static class PortalClient
{
    public const string ClientId = "sozialhub-portal";
    public const string Secret = "sozialhub-portal-development-secret";
    public const string RedirectUri = "http://localhost:5000/signin-oidc";
    public const string PostLogoutRedirectUri = "http://localhost:5000/signout-callback-oidc";
    public const string Scopes = "openid profile email roles offline_access hub.read";

    /// <summary>The portal's scopes when a person writes in it: their token lets the API store contributions.</summary>
    public const string WritingScopes = Scopes + " hub.write";

    public static string AuthorizeUrl(Pkce pkce, string state, string? more = null, string scopes = Scopes) =>
        "connect/authorize?" + string.Join("&",
            $"client_id={ClientId}", "response_type=code", $"scope={Uri.EscapeDataString(scopes)}",
            $"redirect_uri={Uri.EscapeDataString(RedirectUri)}", $"state={state}", "nonce=n-0S6_WzA2Mj",
            $"code_challenge={pkce.Challenge}", "code_challenge_method=S256") + more;

    /// <summary>The code from a page that redirected to the portal's redirect URI.</summary>
    public static string CodeFrom(WebPage page, string state)
    {
        Assert.True(page.Location is not null && page.Location.ToString().StartsWith(RedirectUri, StringComparison.Ordinal),
            $"Expected a redirect to the portal, got {page.Status} {page.Url}: {page.MainText}");
        var query = HttpUtility.ParseQueryString(page.Location!.Query);
        Assert.Equal(state, query["state"]);
        return query["code"]!;
    }

    /// <summary>Code flow for a session that is signed in already: authorize, code, tokens.</summary>
    public static async Task<Tokens> AuthorizeAsync(WebSession session, string scopes = Scopes)
    {
        var pkce = Pkce.Create();
        var page = await session.GetAsync(AuthorizeUrl(pkce, "s1", scopes: scopes));
        return await RedeemOkAsync(session.Http, CodeFrom(page, "s1"), pkce.Verifier);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(HttpClient http, string code, string verifier) =>
        await TokenAsync(http, new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = RedirectUri,
        });

    public static async Task<Tokens> RedeemOkAsync(HttpClient http, string code, string verifier)
    {
        var (status, body) = await RedeemAsync(http, code, verifier);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return Tokens.From(body);
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(HttpClient http, string refreshToken) =>
        TokenAsync(http, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UserInfoAsync(HttpClient http, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(HttpClient http, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "connect/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{Secret}")));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}

internal sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce Create()
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

internal sealed record Tokens(string AccessToken, string IdentityToken, string RefreshToken)
{
    public JsonElement Access => Http.JwtPayload(AccessToken);

    public JsonElement Identity => Http.JwtPayload(IdentityToken);

    public static Tokens From(JsonElement body) => new(
        body.GetProperty("access_token").GetString()!,
        body.GetProperty("id_token").GetString()!,
        body.GetProperty("refresh_token").GetString()!);
}

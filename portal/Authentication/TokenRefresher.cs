using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SozialHub.Portal.Authentication;

/// <summary>
/// Keeps a signed-in session's access token fresh: shortly before it expires, the refresh token buys a new pair at
/// the identity server's token endpoint, and the cookie is renewed with it. When the identity server refuses the
/// refresh token (revoked, account locked or deleted), the person is signed out of the portal.
/// </summary>
/// <remarks>
/// The identity server rotates refresh tokens and treats a second use as theft, revoking the whole chain. Requests
/// that arrive together (or with the old cookie, before the browser stored the renewed one) therefore share one
/// refresh per refresh token, and its outcome is remembered for a short while.
/// </remarks>
public sealed class TokenRefresher(
    IHttpClientFactory httpClients,
    IOptionsMonitor<OpenIdConnectOptions> openIdConnect,
    IOptions<SignInOptions> options,
    IMemoryCache refreshes,
    TimeProvider time,
    ILogger<TokenRefresher> logger)
{
    public const string HttpClientName = "identity";
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(2);

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var properties = context.Properties;
        if (!DateTimeOffset.TryParse(properties.GetTokenValue(TokenNames.ExpiresAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiresAt)
            || expiresAt - options.Value.RefreshBeforeExpiry > time.GetUtcNow())
        {
            return;
        }

        var refreshToken = properties.GetTokenValue(TokenNames.RefreshToken);
        var outcome = refreshToken is null ? Outcome.Rejected : await RefreshOnceAsync(refreshToken);
        switch (outcome)
        {
            case { Tokens: { } tokens }:
                Store(properties, tokens);
                context.ShouldRenew = true;
                break;
            case { Refused: true }:
                logger.LogInformation("The identity server refused to refresh the session's tokens; signing out.");
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                break;
            default:
                // The identity server is unreachable: keep the session; the next request tries again.
                break;
        }
    }

    private async Task<Outcome> RefreshOnceAsync(string refreshToken)
    {
        var key = "refresh:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        var shared = refreshes.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Remembered;
            return new Lazy<Task<Outcome>>(() => RequestAsync(refreshToken));
        })!;
        var outcome = await shared.Value;
        if (outcome is { Tokens: null, Refused: false })
        {
            refreshes.Remove(key); // a passing failure: the next request may try again
        }

        return outcome;
    }

    private async Task<Outcome> RequestAsync(string refreshToken)
    {
        // Not the request's cancellation: other requests may be waiting for the same refresh.
        try
        {
            var oidc = openIdConnect.Get(OpenIdConnectDefaults.AuthenticationScheme);
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = refreshToken,
                    ["client_id"] = oidc.ClientId!,
                    ["client_secret"] = oidc.ClientSecret!,
                }));
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                return Outcome.Rejected;
            }

            response.EnsureSuccessStatusCode();
            var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>();
            return tokens is { AccessToken.Length: > 0 } ? new Outcome(tokens, Refused: false) : Outcome.Rejected;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
        {
            logger.LogWarning(e, "Refreshing the session's tokens failed; the session keeps its current token.");
            return Outcome.Failed;
        }
    }

    private void Store(AuthenticationProperties properties, TokenResponse fresh)
    {
        var tokens = properties.GetTokens().ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
        tokens[TokenNames.AccessToken] = fresh.AccessToken;
        tokens[TokenNames.ExpiresAt] = time.GetUtcNow().AddSeconds(fresh.ExpiresIn).ToString("o", CultureInfo.InvariantCulture);
        if (fresh.RefreshToken is { Length: > 0 } rotated)
        {
            tokens[TokenNames.RefreshToken] = rotated;
        }

        if (fresh.IdToken is { Length: > 0 } idToken)
        {
            tokens[TokenNames.IdToken] = idToken;
        }

        properties.StoreTokens(tokens.Select(t => new AuthenticationToken { Name = t.Key, Value = t.Value }));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("id_token")] string? IdToken);

    private sealed record Outcome(TokenResponse? Tokens, bool Refused)
    {
        public static readonly Outcome Rejected = new(null, Refused: true);
        public static readonly Outcome Failed = new(null, Refused: false);
    }
}

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace SozialHub.Portal.Authentication;

/// <summary>
/// Sends the signed-in user's access token with every call to the API, so the API sees what this person may see;
/// calls for anonymous visitors go without one. The token comes from the sign-in cookie, refreshed there
/// (<see cref="TokenRefresher"/>) before it expires.
/// </summary>
internal sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http && await http.GetTokenAsync(TokenNames.AccessToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>The names under which the OpenID Connect handler saves the tokens in the sign-in cookie.</summary>
internal static class TokenNames
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string IdToken = "id_token";
    public const string ExpiresAt = "expires_at";
}

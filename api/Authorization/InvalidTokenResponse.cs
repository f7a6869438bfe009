using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.Authorization;

/// <summary>
/// A request that presents an access token which fails validation (expired, tampered, for another audience) is
/// answered with 401 and a GraphQL error, never served as anonymous: the client must learn that its token is bad.
/// A request without a token stays anonymous and reads public data.
/// </summary>
internal static class InvalidTokenResponse
{
    public static IApplicationBuilder UseInvalidTokenResponse(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // The authentication middleware ran before and keeps only successes; the handler caches the result per request.
        var result = await http.AuthenticateAsync();
        if (result.Failure is null)
        {
            await next(http);
            return;
        }

        var description = result.Properties?.GetString(OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription)
            ?? "The access token is not valid.";
        // RFC 6750 §3: tells the client to get a new token; the quoted description may not hold quotes or backslashes.
        http.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"invalid_token\", error_description=\"{description.Replace('"', '\'').Replace('\\', '/')}\"";
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
        await http.RequestServices.GetRequiredService<GraphQLResponseWriter>().WriteProblemAsync(http, mediaType, new HttpProblem(
            StatusCodes.Status401Unauthorized,
            ErrorCodes.Unauthenticated,
            $"The access token was refused: {description} Send a valid token, or none for public data."));
    });
}

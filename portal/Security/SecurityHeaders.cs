namespace SozialHub.Portal.Security;

public static class SecurityHeaders
{
    /// <summary>The portal has no inline scripts or styles and loads nothing from elsewhere, so the policy needs no nonces.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /// <summary>Adds the headers to every response, error pages and static files included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // Set when the response starts: an error handler may clear the headers on the way.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    });
}

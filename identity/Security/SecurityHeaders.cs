namespace SozialHub.Identity.Security;

public static class SecurityHeaders
{
    /// <summary>
    /// The pages have no inline scripts or styles and load nothing from elsewhere. The one script allowed by its
    /// hash is OpenIddict's form_post response (<c>&lt;script&gt;document.form.submit();&lt;/script&gt;</c>), which
    /// hands the authorization code to a client that asked for <c>response_mode=form_post</c>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'sha256-j7OoGArf6XW6YY4cAyS3riSSvrJRqpSi1fOF9vQ5SrI='; "
        + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /// <summary>Adds the headers to every response, error pages and static files included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // Set when the response starts: an error handler may clear the headers on the way.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Confirmation and reset links carry their token in the address; no page passes it on.
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    });
}

using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;

namespace SozialHub.Portal.Security;

public static class SecurityHeaders
{
    /// <summary>The portal has no inline scripts or styles and loads nothing from elsewhere, so the policy needs no nonces.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /// <summary>Adds the headers to every response, error pages and static files included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // A configured tile server is the one other origin the maps load images from.
        var tiles = app.ApplicationServices.GetRequiredService<IOptions<MapOptions>>().Value.TileOrigin;
        var policy = tiles is null ? ContentSecurityPolicy : $"{ContentSecurityPolicy}; img-src 'self' {tiles}";
        return app.Use((http, next) =>
        {
            // Set when the response starts: an error handler may clear the headers on the way.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.ContentSecurityPolicy = policy;
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}

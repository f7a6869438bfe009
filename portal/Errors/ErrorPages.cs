using SozialHub.Portal.GraphQL;

namespace SozialHub.Portal.Errors;

public static class ErrorPages
{
    /// <summary>
    /// German error pages (Pages/Error.cshtml) for every 4xx/5xx without a body; an unreachable API becomes
    /// 503 with "try again later" instead of a crash.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fehler/500");
        }

        app.UseStatusCodePagesWithReExecute("/fehler/{0}");
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (ApiUnavailableException) when (!http.Response.HasStarted)
            {
                // GraphQLClient has logged the cause; the status code page renders the message.
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "60";
            }
        });
        return app;
    }
}

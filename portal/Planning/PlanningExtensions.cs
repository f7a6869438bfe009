using Microsoft.Extensions.Options;
using SozialHub.Portal.Authentication;
using SozialHub.Portal.GraphQL;

namespace SozialHub.Portal.Planning;

public static class PlanningExtensions
{
    // Uploads of tens of megabytes take longer than a page's queries.
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The planners' pages (import, catalogue): the client that forwards files to the API.</summary>
    public static IHostApplicationBuilder AddPlanning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<ImportFileClient>((services, http) =>
        {
            http.BaseAddress = services.GetRequiredService<IOptions<ApiOptions>>().Value.GetBaseUri();
            http.Timeout = UploadTimeout;
        }).AddHttpMessageHandler<AccessTokenHandler>();
        return builder;
    }
}

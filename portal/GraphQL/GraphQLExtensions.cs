using Microsoft.Extensions.Options;
using SozialHub.Portal.Authentication;

namespace SozialHub.Portal.GraphQL;

public static class GraphQLExtensions
{
    // A page waits for the API at most this long before it says the data is unavailable.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>The API's address (validated at start) and the typed GraphQL client that pages use.</summary>
    public static IHostApplicationBuilder AddApiClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<ClientAddressHandler>();
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient<GraphQLClient>((services, http) =>
        {
            http.BaseAddress = services.GetRequiredService<IOptions<ApiOptions>>().Value.GetBaseUri();
            http.Timeout = Timeout;
        }).AddHttpMessageHandler<AccessTokenHandler>().AddHttpMessageHandler<ClientAddressHandler>();
        return builder;
    }
}

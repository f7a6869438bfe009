using Microsoft.Extensions.Options;
using SozialHub.Identity.Accounts;

namespace SozialHub.Identity.Participation;

public static class ParticipationExtensions
{
    /// <summary>
    /// A person's contributions in the API follow their account: anonymised when it is deleted, listed in their data
    /// export. Identity calls the API as its own machine client (<c>Identity:Api</c>).
    /// </summary>
    public static IHostApplicationBuilder AddParticipation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HubApiOptions>().BindConfiguration(HubApiOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HubApiOptions>, HubApiOptionsValidator>();
        builder.Services.AddHttpClient<HubApiClient>()
            .ConfigureHttpClient((services, http) => http.Timeout = services.GetRequiredService<IOptions<HubApiOptions>>().Value.Timeout);
        builder.Services.AddScoped<IAccountDeletionHook, ContributionAnonymizer>();
        builder.Services.AddScoped<IAccountDataExportSource, ContributionExport>();
        return builder;
    }
}

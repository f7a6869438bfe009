using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SozialHub.Api.Contributions;

public static class ParticipationExtensions
{
    /// <summary>Comments and local knowledge: posting, moderation, the settings of <see cref="ParticipationOptions"/>.</summary>
    public static IHostApplicationBuilder AddParticipation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ParticipationOptions>().BindConfiguration(ParticipationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ContributionText>();
        builder.Services.AddSingleton<AddressLimiter>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Posting>();
        builder.Services.AddScoped<OwnContributions>();
        builder.Services.AddScoped<Reactions>();
        builder.Services.AddScoped<Moderation>();
        builder.Services.AddScoped<AccountContributions>();
        return builder;
    }
}

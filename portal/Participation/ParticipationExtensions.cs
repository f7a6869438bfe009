using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SozialHub.Portal.Participation;

public static class ParticipationExtensions
{
    /// <summary>Discussion, moderation and their forms' anti-spam settings (validated at start).</summary>
    public static IHostApplicationBuilder AddParticipation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FormGuardOptions>().BindConfiguration(FormGuardOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FormGuard>();
        return builder;
    }
}

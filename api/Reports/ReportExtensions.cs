using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SozialHub.Api.Reports;

public static class ReportExtensions
{
    /// <summary>The Sozialbericht: rendering from the analytics, drafts, preview and publishing.</summary>
    public static IHostApplicationBuilder AddSocialReports(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<Contributions.ContributionText>();
        builder.Services.AddScoped<ReportBlocks>();
        builder.Services.AddScoped<ReportRenderer>();
        builder.Services.AddScoped<SocialReports>();
        builder.Services.AddScoped<ReportSeed>();
        return builder;
    }
}

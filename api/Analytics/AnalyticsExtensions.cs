using Microsoft.Extensions.Options;

namespace SozialHub.Api.Analytics;

public static class AnalyticsExtensions
{
    /// <summary>The planners' computations (methods.md §2–§4) with their parameters from <c>Analytics:*</c>, checked at start.</summary>
    public static IHostApplicationBuilder AddAnalytics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalyticsOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                // A misspelt or unreadable setting becomes a validation failure: one line at start, no stack trace.
                try
                {
                    configuration.GetSection(AnalyticsOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
                }
                catch (InvalidOperationException e)
                {
                    options.BindingError = $"{AnalyticsOptions.SectionName}: {e.Message}";
                }

                options.ApplyDefaults();
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AnalyticsOptions>, AnalyticsOptionsValidator>();
        builder.Services.AddScoped<AnalyticsData>();
        builder.Services.AddScoped<SuppressionLedger>();
        return builder;
    }
}

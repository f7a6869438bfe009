using Microsoft.Extensions.Options;

namespace SozialHub.Api.Demography;

public static class DemographyExtensions
{
    /// <summary>Population by age and the cohort-component projection (methods.md §5), parameters from <c>Demography:*</c>.</summary>
    public static IHostApplicationBuilder AddDemography(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemographyOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                // A misspelt or unreadable setting becomes a validation failure: one line at start, no stack trace.
                try
                {
                    configuration.GetSection(DemographyOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
                }
                catch (InvalidOperationException e)
                {
                    options.BindingError = $"{DemographyOptions.SectionName}: {e.Message}";
                }

                options.ApplyDefaults();
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DemographyOptions>, DemographyOptionsValidator>();
        builder.Services.AddScoped<DemographyImporter>();
        builder.Services.AddSingleton<ProjectionCache>();
        builder.Services.AddScoped<DemographyData>();
        return builder;
    }
}

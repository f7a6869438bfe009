using Microsoft.Extensions.DependencyInjection.Extensions;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Imports;

public static class ImportWorkflowExtensions
{
    /// <summary>The planners' import: uploads (<see cref="ImportOptions"/>), preview, apply and rollback.</summary>
    public static IHostApplicationBuilder AddImportWorkflow(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ImportUploads>();
        builder.Services.TryAddScoped<IndicatorValueImporter>();
        builder.Services.AddScoped<ImportWorkflow>();
        builder.Services.AddScoped<ImportRollback>();
        return builder;
    }
}

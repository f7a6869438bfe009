using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SozialHub.Api.Indicators.Catalogue;

public static class CatalogueExtensions
{
    /// <summary>The planners' catalogue editor (<see cref="IndicatorMutations"/>).</summary>
    public static IHostApplicationBuilder AddIndicatorCatalogue(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IndicatorEditing>();
        return builder;
    }
}

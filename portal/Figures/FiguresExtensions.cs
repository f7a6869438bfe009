namespace SozialHub.Portal.Figures;

public static class FiguresExtensions
{
    /// <summary>Maps and charts: the optional tile server, validated at start.</summary>
    public static IHostApplicationBuilder AddFigures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}

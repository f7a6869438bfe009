using SozialHub.Api.ActionFields;
using SozialHub.Api.Indicators;
using SozialHub.Api.Organizations;
using SozialHub.Api.SocialSpaces;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Seed;

public static class SeedExtensions
{
    /// <summary>The importers and the demo city that is loaded through them.</summary>
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<SocialSpaceImporter>();
        builder.Services.AddScoped<ActionFieldImporter>();
        builder.Services.AddScoped<IndicatorCatalogImporter>();
        builder.Services.AddScoped<IndicatorValueImporter>();
        builder.Services.AddScoped<DirectoryImporter>();
        builder.Services.AddScoped<DemoCity>();
        builder.Services.AddHostedService<DemoCitySeeder>();
        return builder;
    }

    /// <summary>The <c>seed</c> command: migrate, then load (or refresh) the demo city from Seed:Path.</summary>
    public static async Task<int> SeedDemoCityAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync<Database.ApiDbContext>();
        await using var scope = app.Services.CreateAsyncScope();
        var path = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value.Path;
        await scope.ServiceProvider.GetRequiredService<DemoCity>().LoadAsync(path, CancellationToken.None);
        Console.WriteLine($"Demo city loaded from {path}.");
        return 0;
    }
}

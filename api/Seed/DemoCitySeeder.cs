using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialHub.Api.Database;

namespace SozialHub.Api.Seed;

/// <summary>Loads the demo city on the first start, when the database has no social spaces yet.</summary>
/// <remarks>Registered after the migrator, so it runs on the migrated schema.</remarks>
public sealed class DemoCitySeeder(IServiceScopeFactory scopes, IOptions<SeedOptions> options, ILogger<DemoCitySeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnFirstStart)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
        if (await db.SocialSpaces.AnyAsync(cancellationToken))
        {
            return;
        }

        logger.LogInformation("Empty database: loading the demo city from {Path}", options.Value.Path);
        await scope.ServiceProvider.GetRequiredService<DemoCity>().LoadAsync(options.Value.Path, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

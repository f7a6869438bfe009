using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SozialHub.Identity.Accounts;

/// <summary>
/// Creates the hub's roles at start and, in Development only, the demo accounts of <c>Identity:DemoAccounts</c>.
/// Runs after the migrator (hosted services start in the order they were added). Idempotent: an account that
/// exists is left alone, so a generated password is printed only on the start that created it.
/// </summary>
internal sealed class AccountSeeder(
    IServiceScopeFactory scopes, IOptions<AccountOptions> options, IHostEnvironment environment, TimeProvider time,
    ILogger<AccountSeeder> logger) : IHostedService
{
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in HubRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
                logger.LogInformation("Created role {Role}", role);
            }
        }

        var demoAccounts = options.Value.DemoAccounts;
        if (!environment.IsDevelopment())
        {
            if (demoAccounts.Count > 0)
            {
                logger.LogWarning("{Setting} is ignored outside Development", $"{AccountOptions.SectionName}:DemoAccounts");
            }

            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in demoAccounts)
        {
            await EnsureDemoAccountAsync(users, account);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureDemoAccountAsync(UserManager<ApplicationUser> users, DemoAccount account)
    {
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }

        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName ?? account.Email,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var password = account.Password ?? RandomNumberGenerator.GetString(PasswordAlphabet, 16);
        Check(await users.CreateAsync(user, password), $"demo account {account.Email}");
        Check(await users.AddToRolesAsync(user, account.Roles), $"the roles of demo account {account.Email}");

        if (account.Password is null)
        {
            // On the console only, not into the log pipeline (telemetry export): shown once, at creation.
            Console.WriteLine($"Demo account {account.Email} ({string.Join(", ", account.Roles)}) created with password: {password}");
        }
        else
        {
            logger.LogInformation("Demo account {Email} created with its configured password", account.Email);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using SozialHub.Identity.OpenId;

namespace SozialHub.Identity.Clients;

/// <summary>
/// Registers the hub's scopes and the configured clients at start, after the migrator. Idempotent: an entry
/// that matches what is stored is left alone, one that differs is updated, a missing one is created.
/// Clients that are no longer configured are kept (they may have been registered another way).
/// </summary>
internal sealed class ClientRegistrar(
    IServiceScopeFactory scopes, IOptions<OpenIdServerOptions> options, ILogger<ClientRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var scopeManager = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
        await EnsureScopeAsync(scopeManager, HubScopes.Read, "SozialHub-Daten lesen", cancellationToken);
        await EnsureScopeAsync(scopeManager, HubScopes.Write, "SozialHub-Daten ändern", cancellationToken);

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in options.Value.Clients)
        {
            await EnsureClientAsync(applications, client.ToDescriptor(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureScopeAsync(IOpenIddictScopeManager manager, string name, string displayName, CancellationToken cancellationToken)
    {
        var desired = new OpenIddictScopeDescriptor { Name = name, DisplayName = displayName, Resources = { HubScopes.ApiResource } };
        var existing = await manager.FindByNameAsync(name, cancellationToken);
        if (existing is null)
        {
            await manager.CreateAsync(desired, cancellationToken);
            logger.LogInformation("Registered scope {Scope}", name);
            return;
        }

        var current = new OpenIddictScopeDescriptor();
        await manager.PopulateAsync(current, existing, cancellationToken);
        if (current.DisplayName != desired.DisplayName || !current.Resources.SetEquals(desired.Resources))
        {
            await manager.UpdateAsync(existing, desired, cancellationToken);
            logger.LogInformation("Updated scope {Scope}", name);
        }
    }

    private async Task EnsureClientAsync(IOpenIddictApplicationManager manager, OpenIddictApplicationDescriptor desired, CancellationToken cancellationToken)
    {
        var existing = await manager.FindByClientIdAsync(desired.ClientId!, cancellationToken);
        if (existing is null)
        {
            // OpenIddict hashes the secret before it is stored.
            await manager.CreateAsync(desired, cancellationToken);
            logger.LogInformation("Registered client {ClientId}", desired.ClientId);
            return;
        }

        var current = new OpenIddictApplicationDescriptor();
        await manager.PopulateAsync(current, existing, cancellationToken);
        var sameSecret = desired.ClientSecret is null
            ? current.ClientSecret is null
            : current.ClientSecret is not null && await manager.ValidateClientSecretAsync(existing, desired.ClientSecret, cancellationToken);
        if (sameSecret && SameRegistration(current, desired))
        {
            return;
        }

        if (sameSecret)
        {
            // Keeps the stored hash, so OpenIddict does not hash the secret again.
            desired.ClientSecret = current.ClientSecret;
        }

        await manager.UpdateAsync(existing, desired, cancellationToken);
        logger.LogInformation("Updated client {ClientId}", desired.ClientId);
    }

    private static bool SameRegistration(OpenIddictApplicationDescriptor current, OpenIddictApplicationDescriptor desired) =>
        current.DisplayName == desired.DisplayName
        && current.ClientType == desired.ClientType
        && current.ConsentType == desired.ConsentType
        && current.RedirectUris.SetEquals(desired.RedirectUris)
        && current.PostLogoutRedirectUris.SetEquals(desired.PostLogoutRedirectUris)
        && current.Permissions.SetEquals(desired.Permissions)
        && current.Requirements.SetEquals(desired.Requirements);
}

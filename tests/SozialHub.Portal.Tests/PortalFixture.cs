using System.Text.Json;
using GraphQL.Types;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The real API on a fresh SQLite database with the demo city, and the real portal reading from it.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string Collection = "Portal with API";

    private DemoCityServices? _services;

    public ServiceProcess Api => Services.Api;

    public ServiceProcess Portal => Services.Portal;

    /// <summary>The schema the running API serves, rebuilt from introspection.</summary>
    public ISchema Schema { get; private set; } = null!;

    private DemoCityServices Services => _services ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _services = await DemoCityServices.StartAsync("portal");
        var introspection = await QueryApiAsync(ClientSchema.Query);
        Schema = ClientSchema.FromIntrospection(introspection.GetProperty("__schema"));
    }

    /// <inheritdoc cref="DemoCityServices.QueryApiAsync"/>
    public Task<JsonElement> QueryApiAsync(string query, object? variables = null) => Services.QueryApiAsync(query, variables);

    public HttpClient CreatePortalClient() => Services.CreatePortalClient();

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}

[CollectionDefinition(PortalFixture.Collection)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>;

using System.Net.Http.Headers;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Authorization;

[CollectionDefinition(Collection)]
public sealed class TokenApiCollection : ICollectionFixture<TokenApiFixture>
{
    public const string Collection = "API with test tokens";
}

/// <summary>
/// The API with the demo city, trusting a <see cref="TestTokenIssuer"/> as its identity server, with one machine
/// client (<c>trusted-city</c>) granted the planner policy by configuration and identity's (<c>identity-accounts</c>)
/// granted account data and writing.
/// </summary>
public sealed class TokenApiFixture : IAsyncLifetime
{
    public const string TrustedMachineClient = "trusted-city";

    /// <summary>Identity's machine client: anonymises and exports a person's contributions.</summary>
    public const string AccountDataClient = "identity-accounts";

    public TestTokenIssuer Issuer { get; private set; } = null!;

    public ApiFactory Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await TestTokenIssuer.StartAsync();
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "tokens");
        Api = new ApiFactory(database.With(
            ("Identity:Authority", Issuer.Authority.ToString()),
            ($"Authorization:MachineClients:{TrustedMachineClient}:Policies:0", "planner"),
            ($"Authorization:MachineClients:{AccountDataClient}:Policies:0", "account-data"),
            ($"Authorization:MachineClients:{AccountDataClient}:Policies:1", "hub.write")));
        _ = Api.Server;
    }

    /// <summary>A client of the API that sends <paramref name="token"/> (none: anonymous).</summary>
    public HttpClient Client(string? token = null)
    {
        var http = Api.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public HttpClient Client(TestToken token) => Client(Issuer.Mint(token));

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

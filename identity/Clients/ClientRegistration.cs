using OpenIddict.Abstractions;
using SozialHub.Identity.OpenId;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.Clients;

/// <summary>One entry of <c>Identity:Clients</c>: an application that may ask for tokens.</summary>
public sealed class ClientRegistration
{
    private static readonly string[] AllowedGrantTypes =
        [OpenIddictConstants.GrantTypes.AuthorizationCode, OpenIddictConstants.GrantTypes.RefreshToken, OpenIddictConstants.GrantTypes.ClientCredentials];

    private static readonly string[] AllowedScopes =
        [
            OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Email,
            OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess, HubScopes.Read, HubScopes.Write,
        ];

    public string ClientId { get; set; } = "";

    /// <summary>Makes the client confidential; stored only as a hash. Without it the client is public.</summary>
    public string? ClientSecret { get; set; }

    public string? DisplayName { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    public List<string> Scopes { get; set; } = [];

    /// <summary><c>authorization_code</c> (always with PKCE), <c>refresh_token</c>, <c>client_credentials</c>.</summary>
    public List<string> GrantTypes { get; set; } = [];

    private bool Uses(string grantType) => GrantTypes.Contains(grantType, StringComparer.Ordinal);

    /// <summary>What is wrong with the configured clients, each naming its setting under <paramref name="section"/>.</summary>
    public static IEnumerable<string> Validate(IReadOnlyList<ClientRegistration> clients, string section)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            var key = $"{section}:{i}";
            if (string.IsNullOrWhiteSpace(client.ClientId))
            {
                yield return $"{key}:ClientId is required.";
            }
            else if (client.ClientId.Length > 100)
            {
                yield return $"{key}:ClientId is longer than 100 characters.";
            }
            else if (!seen.Add(client.ClientId))
            {
                yield return $"{key}:ClientId '{client.ClientId}' is registered twice.";
            }

            if (client.GrantTypes.Count == 0)
            {
                yield return $"{key}:GrantTypes is required ({string.Join(", ", AllowedGrantTypes)}).";
            }

            foreach (var grantType in client.GrantTypes.Where(g => !AllowedGrantTypes.Contains(g, StringComparer.Ordinal)))
            {
                yield return $"{key}:GrantTypes: '{grantType}' is not allowed; use {string.Join(", ", AllowedGrantTypes)}.";
            }

            foreach (var scope in client.Scopes.Where(s => !AllowedScopes.Contains(s, StringComparer.Ordinal)))
            {
                yield return $"{key}:Scopes: '{scope}' is unknown; use {string.Join(", ", AllowedScopes)}.";
            }

            if (client.Uses(OpenIddictConstants.GrantTypes.AuthorizationCode) && client.RedirectUris.Count == 0)
            {
                yield return $"{key}:RedirectUris is required for the authorization_code grant.";
            }

            if (client.Uses(OpenIddictConstants.GrantTypes.RefreshToken) && !client.Uses(OpenIddictConstants.GrantTypes.AuthorizationCode))
            {
                yield return $"{key}:GrantTypes: refresh_token needs authorization_code.";
            }

            if (client.Uses(OpenIddictConstants.GrantTypes.ClientCredentials) && string.IsNullOrWhiteSpace(client.ClientSecret))
            {
                yield return $"{key}:ClientSecret is required for the client_credentials grant.";
            }

            foreach (var uri in client.RedirectUris.Where(u => !OpenIdServerOptionsValidator.IsHttpUrl(u)))
            {
                yield return $"{key}:RedirectUris: '{uri}' is not an absolute http(s) URL.";
            }

            foreach (var uri in client.PostLogoutRedirectUris.Where(u => !OpenIdServerOptionsValidator.IsHttpUrl(u)))
            {
                yield return $"{key}:PostLogoutRedirectUris: '{uri}' is not an absolute http(s) URL.";
            }
        }
    }

    /// <summary>The OpenIddict application this entry describes: permissions follow from the grant types.</summary>
    public OpenIddictApplicationDescriptor ToDescriptor()
    {
        var confidential = !string.IsNullOrWhiteSpace(ClientSecret);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = confidential ? ClientSecret : null,
            ClientType = confidential ? ClientTypes.Confidential : ClientTypes.Public,
            DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? ClientId : DisplayName,
            // Only the city registers clients (by configuration), so each is first-party: no consent screen.
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.RedirectUris.UnionWith(RedirectUris.Select(uri => new Uri(uri, UriKind.Absolute)));
        descriptor.PostLogoutRedirectUris.UnionWith(PostLogoutRedirectUris.Select(uri => new Uri(uri, UriKind.Absolute)));

        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.Endpoints.Revocation);
        if (Uses(OpenIddictConstants.GrantTypes.AuthorizationCode))
        {
            descriptor.Permissions.UnionWith(
            [
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
            ]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        if (Uses(OpenIddictConstants.GrantTypes.RefreshToken))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        if (Uses(OpenIddictConstants.GrantTypes.ClientCredentials))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        descriptor.Permissions.UnionWith(Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }
}

using Microsoft.Extensions.Options;
using SozialHub.Identity.OpenId;
using SozialHub.ServiceDefaults.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.Participation;

/// <summary>Checks <c>Identity:Api</c> at start, including that its client is registered with what the calls need.</summary>
internal sealed class HubApiOptionsValidator(IOptions<OpenIdServerOptions> server, IHostEnvironment environment) : IValidateOptions<HubApiOptions>
{
    public ValidateOptionsResult Validate(string? name, HubApiOptions options)
    {
        const string section = HubApiOptions.SectionName;
        var failures = new List<string>();
        foreach (var (key, value) in new[] { ("BaseUrl", options.BaseUrl), ("Authority", options.Authority) })
        {
            if (!OpenIdServerOptionsValidator.IsHttpUrl(value))
            {
                failures.Add($"{section}:{key} '{value}' is not an absolute http(s) URL.");
            }
            else if (value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) && !environment.AllowsPlainHttp())
            {
                // The calls carry a token that may anonymise anyone's contributions.
                failures.Add($"{section}:{key} '{value}' uses http; outside Development the API and identity must be reached over https.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{section}:Timeout must be longer than zero.");
        }

        var client = server.Value.Clients.FirstOrDefault(c => c.ClientId == options.ClientId);
        if (client is null || !client.GrantTypes.Contains(GrantTypes.ClientCredentials) || string.IsNullOrWhiteSpace(client.ClientSecret)
            || !client.Scopes.Contains(HubScopes.Read) || !client.Scopes.Contains(HubScopes.Write))
        {
            failures.Add($"{section}:ClientId '{options.ClientId}' must be registered in {OpenIdServerOptions.SectionName}:Clients with a " +
                $"ClientSecret, the client_credentials grant and the scopes {HubScopes.Read} and {HubScopes.Write}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The registered secret of the client (validated to exist).</summary>
    public static string SecretOf(OpenIdServerOptions server, HubApiOptions options) =>
        server.Clients.First(c => c.ClientId == options.ClientId).ClientSecret!;
}

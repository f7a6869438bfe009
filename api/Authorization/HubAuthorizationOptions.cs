using Microsoft.Extensions.Options;

namespace SozialHub.Api.Authorization;

/// <summary>The <c>Authorization</c> configuration section: what the API grants machine clients beyond public data.</summary>
public sealed class HubAuthorizationOptions
{
    public const string SectionName = "Authorization";

    /// <summary>By client id, e.g. <c>Authorization:MachineClients:city-data:Policies:0 = planner</c> for a trusted city system.</summary>
    public Dictionary<string, MachineClientOptions> MachineClients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The policies granted to a machine client; none when it is not configured.</summary>
    public IReadOnlyList<string> GrantsOf(string clientId) =>
        MachineClients.TryGetValue(clientId, out var client) ? client.Policies : [];
}

public sealed class MachineClientOptions
{
    /// <summary>Policy names from <see cref="HubPolicies.Grantable"/>; <c>hub.write</c> only when the client may change data.</summary>
    public List<string> Policies { get; set; } = [];
}

internal sealed class HubAuthorizationOptionsValidator : IValidateOptions<HubAuthorizationOptions>
{
    public ValidateOptionsResult Validate(string? name, HubAuthorizationOptions options)
    {
        var failures = options.MachineClients
            .SelectMany(client => client.Value.Policies
                .Where(policy => !HubPolicies.Grantable.Contains(policy, StringComparer.Ordinal))
                .Select(policy => $"{HubAuthorizationOptions.SectionName}:MachineClients:{client.Key}:Policies: '{policy}' cannot be granted " +
                    $"to a machine client; use {string.Join(", ", HubPolicies.Grantable)}."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.Authorization;

/// <summary>A requirement that <see cref="HubRequirementHandler"/> decides from the <see cref="Caller"/>.</summary>
public interface IHubRequirement : IAuthorizationRequirement
{
    bool IsMetBy(Caller caller);
}

/// <summary>One of the roles (a person's <c>role</c> claim, or a machine client's grant).</summary>
public sealed record RoleRequirement(IReadOnlyList<string> Roles) : IHubRequirement
{
    public bool IsMetBy(Caller caller) => Roles.Any(caller.HasRole);
}

public sealed record ScopeRequirement(string Scope) : IHubRequirement
{
    public bool IsMetBy(Caller caller) => caller.HasScope(Scope);
}

public sealed record PersonRequirement : IHubRequirement
{
    public bool IsMetBy(Caller caller) => caller.IsPerson;
}

/// <summary>A grant that configuration gives a machine client and no person can hold.</summary>
public sealed record MachineGrantRequirement(string Grant) : IHubRequirement
{
    public bool IsMetBy(Caller caller) => caller.IsMachineClient && caller.HasRole(Grant);
}

/// <summary>Decides every hub requirement; reads the machine clients' grants as configured now.</summary>
internal sealed class HubRequirementHandler(IOptionsMonitor<HubAuthorizationOptions> options) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var caller = Caller.Of(context.User, options.CurrentValue);
        foreach (var requirement in context.PendingRequirements.OfType<IHubRequirement>().ToList())
        {
            if (requirement.IsMetBy(caller))
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}

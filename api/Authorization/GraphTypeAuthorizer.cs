using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;

namespace SozialHub.Api.Authorization;

public enum AuthorizationOutcome
{
    Allowed,

    /// <summary>Denied because nobody is signed in: a token may help (401).</summary>
    Unauthenticated,

    /// <summary>Denied to this caller (403).</summary>
    Forbidden,
}

/// <summary>
/// Decides the authorization metadata that GraphQL.NET keeps on types, fields and the schema
/// (<c>Authorize()</c>, <c>AuthorizeWithPolicy(...)</c>, <c>AuthorizeWithRoles(...)</c>).
/// </summary>
/// <remarks>
/// The validation rule (<see cref="GraphQLAuthorizationRule"/>) uses it for everything a document names. Resolvers
/// whose concrete type is known only at run time — <c>node(id:)</c> and <c>nodes(ids:)</c> — must call
/// <see cref="CanReadAsync"/> (or <see cref="NodeAuthorization.AuthorizeReadAsync"/>) with the object's graph type
/// before returning it, so that a planner-only object is not readable through <c>node</c>.
/// </remarks>
public interface IGraphTypeAuthorizer
{
    /// <summary>Whether <paramref name="user"/> may read objects of <paramref name="graphType"/> (its type-level metadata).</summary>
    Task<bool> CanReadAsync(IGraphType graphType, ClaimsPrincipal user);

    /// <summary>The outcome for any element carrying authorization metadata: all policies must pass, and one of the roles.</summary>
    Task<AuthorizationOutcome> AuthorizeAsync(IMetadataReader element, ClaimsPrincipal user);
}

internal sealed class GraphTypeAuthorizer(IAuthorizationService authorization) : IGraphTypeAuthorizer
{
    public async Task<bool> CanReadAsync(IGraphType graphType, ClaimsPrincipal user) =>
        await AuthorizeAsync(graphType, user) == AuthorizationOutcome.Allowed;

    public async Task<AuthorizationOutcome> AuthorizeAsync(IMetadataReader element, ClaimsPrincipal user)
    {
        if (!element.IsAuthorizationRequired())
        {
            return AuthorizationOutcome.Allowed;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return AuthorizationOutcome.Unauthenticated;
        }

        foreach (var policy in element.GetPolicies() ?? [])
        {
            if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                return AuthorizationOutcome.Forbidden;
            }
        }

        if (element.GetRoles() is { Count: > 0 } roles
            && !(await authorization.AuthorizeAsync(user, null, [new RoleRequirement(roles)])).Succeeded)
        {
            return AuthorizationOutcome.Forbidden;
        }

        return AuthorizationOutcome.Allowed;
    }
}

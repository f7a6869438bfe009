using GraphQL;
using GraphQL.Types;

namespace SozialHub.Api.Authorization;

/// <summary>The run-time check for resolvers that learn an object's concrete type only while resolving.</summary>
public static class NodeAuthorization
{
    /// <summary>
    /// For <c>node(id:)</c> and <c>nodes(ids:)</c>: true when the caller may read objects of
    /// <paramref name="graphType"/>. Otherwise adds an <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c> error at this
    /// field and returns false; the resolver then returns null (for <c>nodes</c>, null in that object's place), so
    /// a hidden object answers exactly like a missing one plus the error.
    /// </summary>
    public static async Task<bool> AuthorizeReadAsync(this IResolveFieldContext context, IGraphType graphType)
    {
        var authorizer = context.RequestServices!.GetRequiredService<IGraphTypeAuthorizer>();
        var outcome = await authorizer.AuthorizeAsync(graphType, context.User ?? new System.Security.Claims.ClaimsPrincipal());
        if (outcome == AuthorizationOutcome.Allowed)
        {
            return true;
        }

        var error = new ExecutionError(outcome == AuthorizationOutcome.Unauthenticated
            ? $"Reading a {graphType.Name} requires signing in."
            : $"You are not allowed to read a {graphType.Name}.")
        {
            Code = AuthorizationError.CodeOf(outcome),
            Path = context.ResponsePath,
        };
        error.AddLocation(context.FieldAst, context.Document);
        context.Errors.Add(error);
        return false;
    }
}

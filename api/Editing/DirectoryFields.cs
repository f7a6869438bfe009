using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;

namespace SozialHub.Api.Editing;

/// <summary>How directory mutations are declared: one input, an edit payload, signed-in people (the service checks membership).</summary>
internal static class DirectoryFields
{
    public static void Edit<TPayloadType, TRecord, TInputType, TInput, TService>(
        ObjectGraphType mutation, string name, string description,
        Func<TService, TInput, ClaimsPrincipal, CancellationToken, Task<EditPayload<TRecord>>> run)
        where TPayloadType : IGraphType
        where TRecord : class
        where TInputType : IInputObjectGraphType
        where TService : notnull =>
        mutation.Field<NonNullGraphType<TPayloadType>, EditPayload<TRecord>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to do.")
            .AuthorizeWithPolicy(HubPolicies.SignedIn)
            .ResolveAsync(async context => await run(
                Service<TService>(context), context.GetArgument<TInput>("input"), context.User!, context.CancellationToken));

    public static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}

using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Networks;

/// <summary>Networks (Gremien, Arbeitskreise): planners, or members of the coordinating organisation, create and change them.</summary>
internal sealed class NetworkMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<CreateNetworkInputType, NetworkInput>(mutation, "createNetwork",
            "Create a network: planners, or a member of the coordinating organisation.", (s, i, u, ct) => s.CreateAsync(i, u, ct));
        Add<UpdateNetworkInputType, NetworkInput>(mutation, "updateNetwork",
            "Change a network: planners, or members of its coordinating organisation.", (s, i, u, ct) => s.UpdateAsync(i, u, ct));
        Add<NetworkMemberInputType, NetworkMemberInput>(mutation, "addNetworkMember",
            "Add a member organisation to a network: planners, or members of its coordinating organisation.", (s, i, u, ct) => s.AddMemberAsync(i, u, ct));
        Add<NetworkMemberInputType, NetworkMemberInput>(mutation, "removeNetworkMember",
            "Remove a member organisation from a network: planners, or members of its coordinating organisation.", (s, i, u, ct) => s.RemoveMemberAsync(i, u, ct));
    }

    private static void Add<TInputType, TInput>(
        ObjectGraphType mutation, string name, string description, Func<NetworkEditing, TInput, ClaimsPrincipal?, CancellationToken, Task<NetworkPayload>> run)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<NetworkPayloadType>, NetworkPayload>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to do.")
            .AuthorizeWithPolicy(HubPolicies.SignedIn)
            .ResolveAsync(async context => await run(
                context.RequestServices!.GetRequiredService<NetworkEditing>(), context.GetArgument<TInput>("input"), context.User, context.CancellationToken));
}

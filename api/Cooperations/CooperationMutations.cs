using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// Cooperations between organisations: members of an organisation propose one, members of the partner confirm or
/// decline it, members of either side end it. Signed-in people only; membership (<c>OrganizationAccess</c>) decides.
/// </summary>
internal sealed class CooperationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<ProposeCooperationInputType, ProposeCooperationInput>(mutation, "proposeCooperation",
            "Propose a cooperation from an organisation the caller is a member of to another; it counts as confirmed by the proposer.",
            (s, i, u, ct) => s.ProposeAsync(i, u, ct));
        Add<CooperationIdInputType, CooperationIdInput>(mutation, "confirmCooperation",
            "Confirm a proposed cooperation (members of the partner organisation); from then on it is public and counted.",
            (s, i, u, ct) => s.ConfirmAsync(i, u, ct));
        Add<CooperationIdInputType, CooperationIdInput>(mutation, "declineCooperation",
            "Decline a proposed cooperation (members of the partner organisation); it never becomes public.",
            (s, i, u, ct) => s.DeclineAsync(i, u, ct));
        Add<EndCooperationInputType, EndCooperationInput>(mutation, "endCooperation",
            "End a cooperation on a day (members of either organisation).",
            (s, i, u, ct) => s.EndAsync(i, u, ct));
    }

    private static void Add<TInputType, TInput>(
        ObjectGraphType mutation, string name, string description,
        Func<CooperationDecisions, TInput, ClaimsPrincipal?, CancellationToken, Task<CooperationPayload>> run)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<CooperationPayloadType>, CooperationPayload>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to do.")
            .AuthorizeWithPolicy(HubPolicies.SignedIn)
            .ResolveAsync(async context => await run(
                context.RequestServices!.GetRequiredService<CooperationDecisions>(), context.GetArgument<TInput>("input"), context.User,
                context.CancellationToken));
}

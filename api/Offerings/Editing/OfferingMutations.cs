using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Offerings.Editing;

/// <summary>
/// Offerings written by the members of their organisation and by planners (the access check is
/// <see cref="Organizations.Members.OrganizationAccess"/>); approving and the review switch are the planners'.
/// </summary>
internal sealed class OfferingMutations : IMutationFields
{
    private const string Members = " Members of the offering's organisation and planners.";

    public void AddTo(ObjectGraphType mutation)
    {
        Edit<CreateOfferingInputType, OfferingInput, OfferingEditor>(mutation, "createOffering",
            "Create an offering as a draft (not public until published)." + Members, (s, i, u, ct) => s.CreateAsync(i, u, ct));
        Edit<UpdateOfferingInputType, OfferingInput, OfferingEditor>(mutation, "updateOffering",
            "Change all fields of an offering; CONFLICT when it was changed since the version sent." + Members, (s, i, u, ct) => s.UpdateAsync(i, u, ct));
        Edit<OfferingActionInputType, OfferingActionInput, OfferingEditor>(mutation, "deleteOffering",
            "Delete an offering with its opening hours (to keep it listed as ended, set its status DEFUNCT instead)." + Members,
            (s, i, u, ct) => s.DeleteAsync(i, u, ct));
        Edit<OfferingActionInputType, OfferingActionInput, OfferingPublishing>(mutation, "publishOffering",
            "Publish a draft: public at once, or in review when the organisation requires review (planners publish at once)." + Members,
            (s, i, u, ct) => s.PublishAsync(i, u, ct));
        Edit<OfferingActionInputType, OfferingActionInput, OfferingPublishing>(mutation, "confirmOfferingReviewed",
            "Confirm that the offering is still correct (noch aktuell): sets lastReviewedAt to now." + Members,
            (s, i, u, ct) => s.ConfirmReviewedAsync(i, u, ct));
        mutation.Field<NonNullGraphType<OfferingPayloadType>, EditPayload<Offering>>("approveOffering")
            .Description("Planners: make an offering in review public.")
            .Argument<NonNullGraphType<OfferingActionInputType>>("input", "The offering.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await Service<OfferingPublishing>(context)
                .ApproveAsync(context.GetArgument<OfferingActionInput>("input"), context.User!, context.CancellationToken));
    }

    private static void Edit<TInputType, TInput, TService>(
        ObjectGraphType mutation, string name, string description, Func<TService, TInput, ClaimsPrincipal, CancellationToken, Task<EditPayload<Offering>>> run)
        where TInputType : IInputObjectGraphType
        where TService : notnull =>
        DirectoryFields.Edit<OfferingPayloadType, Offering, TInputType, TInput, TService>(mutation, name, description, run);

    private static T Service<T>(IResolveFieldContext context)
        where T : notnull => DirectoryFields.Service<T>(context);
}

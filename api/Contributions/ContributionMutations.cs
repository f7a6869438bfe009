using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

/// <summary>
/// Posting, editing, deleting, supporting and flagging (signed-in people with a role and a confirmed e-mail
/// address), moderating (planners), and anonymising an account's contributions (identity's machine client).
/// </summary>
internal sealed class ContributionMutations : IMutationFields
{
    private static readonly string[] ParticipantRoles = [HubPolicies.Citizen, HubPolicies.Organization, HubPolicies.Planner];

    public void AddTo(ObjectGraphType mutation)
    {
        Participate<PostCommentInputType, PostCommentInput, Posting>(mutation, "postComment",
            "Comment on an action field or a social space, or reply to a contribution.", (s, i, p, ct) => s.PostCommentAsync(i, p, ct));
        Participate<PostLocalKnowledgeInputType, PostLocalKnowledgeInput, Posting>(mutation, "postLocalKnowledge",
            "Share local knowledge (Ortswissen) at a point or in a social space.", (s, i, p, ct) => s.PostLocalKnowledgeAsync(i, p, ct));
        Participate<EditContributionInputType, EditContributionInput, OwnContributions>(mutation, "editContribution",
            "Change one's own contribution; it is marked edited and the previous text kept.", (s, i, p, ct) => s.EditAsync(i, p, ct));
        Participate<ContributionIdInputType, ContributionIdInput, OwnContributions>(mutation, "deleteContribution",
            "Delete one's own contribution; it is shown as deleted, its replies stay.", (s, i, p, ct) => s.DeleteAsync(i, p, ct));
        Participate<ContributionIdInputType, ContributionIdInput, Reactions>(mutation, "supportContribution",
            "Support (Zustimmung) someone else's contribution, once.", (s, i, p, ct) => s.SupportAsync(i, p, ct));
        Participate<ContributionReasonInputType, ContributionReasonInput, Reactions>(mutation, "flagContribution",
            "Report someone else's contribution with a reason, once; enough flags hide it until a planner decides.", (s, i, p, ct) => s.FlagAsync(i, p, ct));
        Moderate<ContributionIdInputType, ContributionIdInput>(mutation, "approveContribution",
            "Planners: publish a contribution that waits for approval.", (s, i, m, ct) => s.ApproveAsync(i, m, ct));
        Moderate<ContributionReasonInputType, ContributionReasonInput>(mutation, "hideContribution",
            "Planners: hide a contribution with a public reason; its replies stay.", (s, i, m, ct) => s.HideAsync(i, m, ct));
        Moderate<ContributionIdInputType, ContributionIdInput>(mutation, "restoreContribution",
            "Planners: make a hidden contribution public again; its flags so far are settled.", (s, i, m, ct) => s.RestoreAsync(i, m, ct));
        mutation.Field<NonNullGraphType<AnonymizeContributionsPayloadType>>("anonymizeContributions")
            .Description("For identity when a person deletes their account: their contributions show „gelöschtes Konto“, their support and flags lose their name. Machine client with the account-data grant only.")
            .Argument<NonNullGraphType<AnonymizeContributionsInputType>>("input", "The person and whether their texts go too.")
            .AuthorizeWithPolicy(HubPolicies.AccountData)
            .ResolveAsync(async context => await Service<AccountContributions>(context)
                .AnonymizeAsync(context.GetArgument<AnonymizeContributionsInput>("input"), context.CancellationToken));
    }

    private static void Participate<TInputType, TInput, TService>(
        ObjectGraphType mutation, string name, string description, Func<TService, TInput, Participant, CancellationToken, Task<ContributionPayload>> run)
        where TInputType : IInputObjectGraphType
        where TService : notnull =>
        mutation.Field<NonNullGraphType<ContributionPayloadType>, ContributionPayload>(name)
            .Description(description + " Signed-in citizens, organisation members and planners with a confirmed e-mail address.")
            .Argument<NonNullGraphType<TInputType>>("input", "What to do.")
            .AuthorizeWithPolicy(HubPolicies.SignedIn)
            .AuthorizeWithRoles(ParticipantRoles)
            .ResolveAsync(async context =>
            {
                var participant = Participant.Of(context.User);
                return participant.HasConfirmedEmail
                    ? await run(Service<TService>(context), context.GetArgument<TInput>("input"), participant, context.CancellationToken)
                    : ContributionPayload.Failed([new UserError(null, UserErrorCode.EmailNotConfirmed, "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.")]);
            });

    private static void Moderate<TInputType, TInput>(
        ObjectGraphType mutation, string name, string description, Func<Moderation, TInput, Moderator, CancellationToken, Task<ContributionPayload>> run)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<ContributionPayloadType>, ContributionPayload>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to do.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await run(
                Service<Moderation>(context), context.GetArgument<TInput>("input"), Moderator.Of(context.User), context.CancellationToken));

    private static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}

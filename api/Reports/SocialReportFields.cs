using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Analytics;
using SozialHub.Api.Authorization;
using SozialHub.Api.Contributions;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Reports;

/// <summary><c>socialReports</c>, <c>socialReport(year)</c> and the planners' <c>previewSocialReport</c>.</summary>
internal sealed class SocialReportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialReportType>>>>("socialReports")
            .Description("The Sozialberichte, newest first: the published ones, for planners the drafts too.")
            .ResolveAsync(async c => await Reports(c).ListAsync(c.Analytics().SeesConfidential(c.User), c.CancellationToken))
            .WithComplexityImpact(1, 10); // one per year, a handful
        query.Field<SocialReportType>("socialReport")
            .Description("The Sozialbericht of a year; null when there is none or it is an unpublished draft (for callers without the planner role).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The report year.")
            .ResolveAsync(async c => await Reports(c).FindAsync(c.GetArgument<int>("year"), c.Analytics().SeesConfidential(c.User), c.CancellationToken));
        query.Field<NonNullGraphType<SocialReportPreviewPayloadType>, SocialReportPreviewPayload>("previewSocialReport")
            .Description("Planners: a draft rendered from the current data without storing it, or its problems with their lines.")
            .Argument<NonNullGraphType<SocialReportDraftInputType>>("input", "The draft.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async c => await Reports(c).PreviewAsync(c.GetArgument<SocialReportDraftInput>("input"), c.CancellationToken))
            .WithComplexityImpact(ReportComplexity.Rendering, 1);
    }

    internal static SocialReports Reports(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SocialReports>();
}

/// <summary><c>saveSocialReportDraft</c> and <c>publishSocialReport</c> (planners only).</summary>
internal sealed class SocialReportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SocialReportPayloadType>, SocialReportPayload>("saveSocialReportDraft")
            .Description("Planners: store a year's template and chapters; refused with every problem (line by line) when a placeholder does not resolve.")
            .Argument<NonNullGraphType<SocialReportDraftInputType>>("input", "The draft.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async c => await SocialReportQueries.Reports(c)
                .SaveDraftAsync(c.GetArgument<SocialReportDraftInput>("input"), Participant.Of(c.User).Name, c.CancellationToken));
        mutation.Field<NonNullGraphType<SocialReportPayloadType>, SocialReportPayload>("publishSocialReport")
            .Description("Planners: publish the year's stored draft. Its numbers are frozen: later imports do not change the published report.")
            .Argument<NonNullGraphType<PublishSocialReportInputType>>("input", "The year.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async c => await SocialReportQueries.Reports(c)
                .PublishAsync(c.GetArgument<PublishSocialReportInput>("input"), Participant.Of(c.User).Name, c.CancellationToken));
    }
}

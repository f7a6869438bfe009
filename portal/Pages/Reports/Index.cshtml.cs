using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Reports;

/// <summary>The published Sozialberichte; planners also see the drafts with a link to the editor.</summary>
public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public IReadOnlyList<SocialReportSummary> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reports = (await graphQL.QueryAsync(SocialReportListData.Operation, null, cancellationToken)).SocialReports;
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Reports;

/// <summary>A published Sozialbericht: table of contents, chapters, tables with charts and maps; printable.</summary>
public sealed class ReportModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    public ReportView View { get; private set; } = null!;

    public DateTime? PublishedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(SocialReportPageData.Operation, new { year }, cancellationToken);
        if (data.SocialReport?.Content is not { } content)
        {
            return NotFound();
        }

        PublishedAt = data.SocialReport.PublishedAt;
        View = new ReportView(content, data.SocialSpaces.Nodes, mapOptions.Value, Downloads: true);
        return Page();
    }
}

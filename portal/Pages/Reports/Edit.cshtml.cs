using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Reports;

/// <summary>Planners: a year's template and chapters, the preview rendered from the current data, save, publish.</summary>
[Authorize]
public sealed class EditModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    public sealed class ChapterForm
    {
        public string Key { get; set; } = "";

        public string Text { get; set; } = "";
    }

    [BindProperty]
    public string Template { get; set; } = "";

    [BindProperty]
    public List<ChapterForm> Chapters { get; set; } = [];

    public int Year { get; private set; }

    public bool IsPublished { get; private set; }

    public ReportView? Preview { get; private set; }

    public IReadOnlyList<UserError> Errors { get; private set; } = [];

    public string? Done => TempData["report:done"] as string;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!User.IsInRole(Moderation.IndexModel.PlannerRole))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(SocialReportEditorData.Operation, new { year }, cancellationToken);
        if (data.SocialReport is not { } report)
        {
            return NotFound();
        }

        Template = report.Draft.Template;
        Chapters = [.. report.Draft.Chapters.Select(c => new ChapterForm { Key = c.Key, Text = c.Text })];
        return await ShowAsync(year, report.IsPublished, cancellationToken);
    }

    public Task<IActionResult> OnPostPreviewAsync(int year, bool published, CancellationToken cancellationToken) => ShowAsync(year, published, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(int year, bool published, CancellationToken cancellationToken) =>
        ChangeAsync(year, published, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int year, bool published, CancellationToken cancellationToken) =>
        ChangeAsync(year, published, publish: true, cancellationToken);

    /// <summary>Saves the draft (and publishes what was saved); a refused change shows its problems beside the text.</summary>
    private async Task<IActionResult> ChangeAsync(int year, bool published, bool publish, CancellationToken cancellationToken)
    {
        var saved = await graphQL.QueryAsync(SocialReportMutationData.Save, new { input = Input(year) }, cancellationToken);
        var payload = saved.Payload;
        if (payload.Errors.Count == 0 && publish)
        {
            payload = (await graphQL.QueryAsync(SocialReportMutationData.Publish, new { input = new { year } }, cancellationToken)).Payload;
        }

        if (payload.Errors.Count > 0)
        {
            Errors = payload.Errors;
            return await ShowAsync(year, published, cancellationToken);
        }

        TempData["report:done"] = publish ? $"Der Sozialbericht {year} ist veröffentlicht." : "Der Entwurf ist gespeichert.";
        return RedirectToPage(new { year });
    }

    private async Task<IActionResult> ShowAsync(int year, bool published, CancellationToken cancellationToken)
    {
        Year = year;
        IsPublished = published;
        var data = await graphQL.QueryAsync(PreviewSocialReportData.Operation, new { input = Input(year) }, cancellationToken);
        Errors = [.. Errors, .. data.PreviewSocialReport.Errors.Where(e => !Errors.Contains(e))];
        Preview = data.PreviewSocialReport.Report is { } report ? new ReportView(report, data.SocialSpaces.Nodes, mapOptions.Value, Downloads: false) : null;
        return Page();
    }

    private object Input(int year) => new { year, template = Template, chapters = Chapters.Select(c => new { key = c.Key, text = c.Text ?? "" }) };
}

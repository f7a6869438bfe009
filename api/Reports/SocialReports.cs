using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Reports;

/// <summary>The planners' work on the Sozialbericht: drafts (checked by rendering them), preview, publishing (which freezes the numbers).</summary>
public sealed partial class SocialReports(ApiDbContext db, ReportRenderer renderer, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<List<SocialReport>> ListAsync(bool planner, CancellationToken ct) =>
        db.SocialReports.AsNoTracking().Where(r => planner || r.PublishedContent != null).OrderByDescending(r => r.Year).ToListAsync(ct);

    /// <summary>The year's report if the caller may see it: planners every one, others the published ones.</summary>
    public Task<SocialReport?> FindAsync(int year, bool planner, CancellationToken ct) =>
        db.SocialReports.AsNoTracking().Include(r => r.Chapters)
            .FirstOrDefaultAsync(r => r.Year == year && (planner || r.PublishedContent != null), ct);

    /// <summary>The report as published, with the numbers of that moment.</summary>
    public static RenderedReport? Published(SocialReport report) =>
        report.PublishedContent is { } content ? JsonSerializer.Deserialize<RenderedReport>(content, Json) : null;

    /// <summary>The stored draft rendered from the current data.</summary>
    public async Task<SocialReportPreviewPayload> RenderDraftAsync(SocialReport report, CancellationToken ct)
    {
        var chapters = await db.SocialReportChapters.AsNoTracking().Where(c => c.SocialReportId == report.Id).ToDictionaryAsync(c => c.Key, c => c.Text, ct);
        return await RenderAsync(report.Year, report.Template, chapters, new UserErrors(), ct);
    }

    public async Task<SocialReportPreviewPayload> PreviewAsync(SocialReportDraftInput input, CancellationToken ct)
    {
        var errors = new UserErrors();
        var (template, chapters) = Check(input, errors);
        return errors.Count > 0 ? new SocialReportPreviewPayload(null, errors) : await RenderAsync(input.Year, template!, chapters, errors, ct);
    }

    public async Task<SocialReportPayload> SaveDraftAsync(SocialReportDraftInput input, string who, CancellationToken ct)
    {
        var preview = await PreviewAsync(input, ct);
        if (preview.Errors.Count > 0)
        {
            return new SocialReportPayload(null, preview.Errors);
        }

        var report = await db.SocialReports.Include(r => r.Chapters).FirstOrDefaultAsync(r => r.Year == input.Year, ct);
        if (report is null)
        {
            report = new SocialReport { Year = input.Year };
            db.SocialReports.Add(report);
        }

        report.Template = input.Template!.Trim();
        report.DraftBy = who;
        report.Chapters.Clear();
        report.Chapters.AddRange(input.Chapters.Select(c => new SocialReportChapter { Key = c.Key!.Trim(), Text = c.Text?.Trim() ?? "" }));
        await db.SaveChangesAsync(ct);
        return new SocialReportPayload(report, []);
    }

    /// <summary>Renders the stored draft and keeps the result: from now on the year's public report does not follow the data.</summary>
    public async Task<SocialReportPayload> PublishAsync(PublishSocialReportInput input, string who, CancellationToken ct)
    {
        var report = await db.SocialReports.FirstOrDefaultAsync(r => r.Year == input.Year, ct);
        if (report is null)
        {
            return new SocialReportPayload(null, [new UserError("year", UserErrorCode.NotFound, $"Für {input.Year} gibt es keinen Entwurf des Sozialberichts.")]);
        }

        var rendered = await RenderDraftAsync(report, ct);
        if (rendered.Report is null)
        {
            return new SocialReportPayload(null, rendered.Errors);
        }

        report.PublishedContent = JsonSerializer.Serialize(rendered.Report, Json);
        report.PublishedAt = time.GetUtcNow().UtcDateTime;
        report.PublishedBy = who;
        await db.SaveChangesAsync(ct);
        return new SocialReportPayload(report, []);
    }

    private async Task<SocialReportPreviewPayload> RenderAsync(int year, string template, IReadOnlyDictionary<string, string> chapters, UserErrors errors, CancellationToken ct)
    {
        try
        {
            return new SocialReportPreviewPayload(await renderer.RenderAsync(year, template, chapters, ct), errors);
        }
        catch (ReportTemplateException e)
        {
            errors.AddRange(e.Problems.Select(p => new UserError(
                p.Source.Name == ReportRenderer.TemplateSource ? "template" : "chapters", UserErrorCode.Invalid, p.ToString())));
            return new SocialReportPreviewPayload(null, errors);
        }
    }

    private static (string? Template, Dictionary<string, string> Chapters) Check(SocialReportDraftInput input, UserErrors errors)
    {
        errors.InvalidIf(input.Year is < 1900 or > 2200, "year", $"{input.Year} ist kein Berichtsjahr.");
        var template = errors.Text("template", "Die Vorlage", input.Template, SocialReport.MaxTemplateLength);
        var chapters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in input.Chapters)
        {
            var key = chapter.Key?.Trim() ?? "";
            if (!KeyPattern().IsMatch(key))
            {
                errors.Add("chapters", UserErrorCode.Invalid,
                    $"„{key}“ ist kein Kapitelschlüssel: Kleinbuchstaben, Ziffern und Bindestriche, höchstens {Limits.Key} Zeichen.");
            }
            else if (!chapters.TryAdd(key, errors.Text("chapters", $"Das Kapitel „{key}“", chapter.Text, SocialReportChapter.MaxTextLength, required: false) ?? ""))
            {
                errors.Add("chapters", UserErrorCode.Invalid, $"Das Kapitel „{key}“ steht zweimal in der Eingabe.");
            }
        }

        return (template, chapters);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex KeyPattern();
}

using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;

namespace SozialHub.Api.Reports;

/// <summary>
/// The demo report: <c>seed/report/template.md</c> and one chapter per other <c>*.md</c> file (its name is the key), for
/// the latest year with values. Loaded once, when there is no report yet: afterwards the planners own the texts.
/// </summary>
public sealed class ReportSeed(ApiDbContext db, ILogger<ReportSeed> logger)
{
    public const string Folder = "report";
    public const string TemplateFile = "template.md";

    public async Task LoadAsync(string seedFolder, CancellationToken ct)
    {
        var folder = Path.Combine(seedFolder, Folder);
        if (!File.Exists(Path.Combine(folder, TemplateFile)) || await db.SocialReports.AnyAsync(ct) || !await db.IndicatorValues.AnyAsync(ct))
        {
            return;
        }

        var report = new SocialReport
        {
            Year = await db.IndicatorValues.MaxAsync(v => v.Year, ct),
            Template = (await File.ReadAllTextAsync(Path.Combine(folder, TemplateFile), ct)).Trim(),
            DraftBy = "Demo-Stadt (seed)",
        };
        foreach (var file in Directory.GetFiles(folder, "*.md").Where(f => Path.GetFileName(f) != TemplateFile).Order(StringComparer.Ordinal))
        {
            report.Chapters.Add(new SocialReportChapter { Key = Path.GetFileNameWithoutExtension(file), Text = (await File.ReadAllTextAsync(file, ct)).Trim() });
        }

        db.SocialReports.Add(report);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo city: draft of the Sozialbericht {Year} with {Chapters} chapters", report.Year, report.Chapters.Count);
    }
}

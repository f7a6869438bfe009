using SozialHub.Api.Database;

namespace SozialHub.Api.Reports;

/// <summary>
/// The Sozialbericht of one year: the draft planners edit (a template and chapter texts, Markdown) and, once published,
/// the resolved report frozen as JSON so that later imports do not change what was published.
/// </summary>
public sealed class SocialReport : Entity
{
    public const int MaxTemplateLength = 100_000;

    public int Year { get; set; }

    /// <summary>The report's structure: headings, placeholders and <c>{{ chapter key=… }}</c> includes (Markdown).</summary>
    public string Template { get; set; } = "";

    public List<SocialReportChapter> Chapters { get; } = [];

    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>The <see cref="RenderedReport"/> as it was published (JSON); null while the year is a draft only.</summary>
    public string? PublishedContent { get; set; }

    public string DraftBy { get; set; } = "";
}

/// <summary>A chapter text written by planners, included by the template with <c>{{ chapter key=… }}</c>.</summary>
public sealed class SocialReportChapter
{
    public const int MaxTextLength = 50_000;

    public int Id { get; set; }

    public int SocialReportId { get; set; }

    public required string Key { get; set; }

    /// <summary>Markdown; rendered and sanitised like contributions.</summary>
    public string Text { get; set; } = "";
}

using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace SozialHub.Portal.Content;

/// <summary>
/// Markdown from the API (descriptions, definitions) as HTML: raw HTML off in Markdig, and the output
/// sanitized (no scripts, event handlers or <c>javascript:</c> links), because planners and later users write it.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml().Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static IHtmlContent ToHtml(string? markdown) =>
        new HtmlString(string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)));

    /// <summary>The first paragraph as plain text, for teasers.</summary>
    public static string FirstParagraph(string? markdown) =>
        Markdown.ToPlainText((markdown ?? "").Split("\n\n", 2)[0], Pipeline).Trim();
}

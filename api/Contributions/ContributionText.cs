using Ganss.Xss;
using Markdig;

namespace SozialHub.Api.Contributions;

/// <summary>
/// Renders contribution Markdown to HTML that is safe to put into a page: Markdig with raw HTML disabled (typed
/// tags come out as text), then HtmlSanitizer as the second wall with a short list of tags, http(s) and mailto
/// links only, and every link marked <c>rel="nofollow ugc noopener"</c>.
/// </summary>
public sealed class ContributionText
{
    public const string LinkRel = "nofollow ugc noopener";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        // No images: they would load from anywhere (tracking) and are the usual carrier of data: URLs.
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(
                ["p", "br", "hr", "em", "strong", "del", "ins", "sub", "sup", "code", "pre", "blockquote", "ul", "ol", "li", "a",
                    "h1", "h2", "h3", "h4", "h5", "h6"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "start"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.KeepChildNodes = true;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }
        };
        return sanitizer;
    }
}

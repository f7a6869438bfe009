using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SozialHub.Portal.Content;

/// <summary>A text page: its title (the Markdown's first heading) and its body as HTML.</summary>
public sealed record ContentPage(string Title, string Html);

/// <summary>
/// The city's own texts (Impressum, Datenschutz, Barrierefreiheit) as Markdown files under Content/,
/// beside the binaries, so that the city edits them without touching code.
/// </summary>
public sealed class ContentPages
{
    // The files belong to the deployment, not to users; raw HTML is still off so that a stray tag cannot break the page.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly string _directory = Path.Combine(AppContext.BaseDirectory, "Content");

    /// <summary>The page for a lowercase name such as <c>impressum</c>; null when there is no such file.</summary>
    public async Task<ContentPage?> FindAsync(string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0 || !name.All(c => c is >= 'a' and <= 'z' or '-'))
        {
            return null;
        }

        var file = Path.Combine(_directory, name + ".md");
        if (!File.Exists(file))
        {
            return null;
        }

        var document = Markdown.Parse(await File.ReadAllTextAsync(file, cancellationToken), Pipeline);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var title = heading?.Inline is { } inline
            ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
            : name;
        return new ContentPage(title, document.ToHtml(Pipeline));
    }
}

public static class ContentPagesExtensions
{
    public static IHostApplicationBuilder AddContentPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContentPages>();
        return builder;
    }
}

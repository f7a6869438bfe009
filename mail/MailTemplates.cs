using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace SozialHub.Mail;

/// <summary>A rendered mail: the plain-text part is the filled Markdown (written to read as text), the HTML part its rendering.</summary>
public sealed record RenderedMail(string Subject, string Text, string Html);

/// <summary>
/// Values for a template's <c>{Name}</c> placeholders. Links are our own absolute URLs and go in as they are, so
/// that Markdig turns them into links; text (an address someone typed) is escaped, so it cannot become a link or
/// markup in our mail.
/// </summary>
public sealed class MailValues
{
    internal Dictionary<string, (string Value, bool IsLink)> Items { get; } = new(StringComparer.Ordinal);

    public MailValues Link(string name, Uri url)
    {
        Items[name] = (url.AbsoluteUri, true);
        return this;
    }

    public MailValues Text(string name, string value)
    {
        Items[name] = (value, false);
        return this;
    }
}

/// <summary>Renders a service's mail templates. A template starts with a line <c>Betreff: …</c>, then a blank line, then the body.</summary>
public static partial class MailTemplates
{
    private const string SubjectPrefix = "Betreff: ";

    // Raw HTML in a template would be passed through; autolinks turn our bare URLs into links.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private static readonly ConcurrentDictionary<Enum, string> Sources = new();

    /// <summary>
    /// Renders the template named like <paramref name="template"/>, embedded as <c>Mail.{name}.md</c> in the assembly
    /// that declares the enum: each service keeps its own templates.
    /// </summary>
    public static RenderedMail Render<TTemplate>(TTemplate template, MailValues values)
        where TTemplate : struct, Enum
    {
        var source = Sources.GetOrAdd(template, Load);
        var newline = source.IndexOf('\n', StringComparison.Ordinal);
        var subject = Fill(source[SubjectPrefix.Length..newline].Trim(), values, markdown: false);
        var body = source[(newline + 1)..].Trim('\n');

        var text = Fill(body, values, markdown: false);
        var html = Markdown.ToHtml(Fill(body, values, markdown: true), Pipeline);
        return new RenderedMail(subject, text + "\n", Document(subject, html));
    }

    private static string Load(Enum template)
    {
        using var stream = template.GetType().Assembly.GetManifestResourceStream($"Mail.{template}.md")
            ?? throw new InvalidOperationException($"The mail template {template}.md is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var source = reader.ReadToEnd().ReplaceLineEndings("\n");
        return source.StartsWith(SubjectPrefix, StringComparison.Ordinal)
            ? source
            : throw new InvalidOperationException($"The mail template {template}.md does not start with '{SubjectPrefix}'.");
    }

    private static string Fill(string source, MailValues values, bool markdown) =>
        Placeholder().Replace(source, match =>
        {
            var name = match.Groups[1].Value;
            if (!values.Items.TryGetValue(name, out var item))
            {
                throw new InvalidOperationException($"The mail template needs a value for {{{name}}}.");
            }

            return markdown && !item.IsLink ? EscapeMarkdown(item.Value) : item.Value;
        });

    private static string EscapeMarkdown(string value)
    {
        var escaped = new StringBuilder(value.Length * 2);
        foreach (var character in value)
        {
            if (char.IsAsciiLetterOrDigit(character) || character == ' ' || character > '\x7f')
            {
                escaped.Append(character);
            }
            else if (char.IsPunctuation(character) || char.IsSymbol(character))
            {
                escaped.Append('\\').Append(character);
            }
        }

        return escaped.ToString();
    }

    private static string Document(string subject, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="de">
        <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
        <body>
        {body}</body>
        </html>

        """;

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}

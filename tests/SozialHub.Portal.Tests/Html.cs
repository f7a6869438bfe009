using AngleSharp;
using AngleSharp.Dom;

namespace SozialHub.Portal.Tests;

/// <summary>Reads a response as an HTML document, the way a browser would see the markup.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>An element's own text, without the text of its child elements (such as a badge beside a name).</summary>
    public static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();
}

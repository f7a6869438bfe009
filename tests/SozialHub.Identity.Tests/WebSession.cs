using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SozialHub.Identity.Tests;

/// <summary>
/// What a browser does, without one: keeps cookies, follows redirects within the service, and submits forms with
/// every field they carry (the antiforgery token included), as read from the page.
/// </summary>
internal sealed class WebSession : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClientHandler _handler;

    public WebSession(Uri baseAddress)
    {
        _handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        Http = new HttpClient(_handler) { BaseAddress = baseAddress };
    }

    /// <summary>The session's client, cookies included, for requests that are not pages.</summary>
    public HttpClient Http { get; }

    public async Task<WebPage> GetAsync(string url, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await FollowAsync(await Http.SendAsync(request));
    }

    /// <summary>Submits the page's form (the one matching <paramref name="formSelector"/>, else the last POST form).</summary>
    public async Task<WebPage> SubmitAsync(
        WebPage page, IReadOnlyDictionary<string, string>? fields = null, string? formSelector = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var form = formSelector is null
            ? page.Document.QuerySelectorAll<IHtmlFormElement>("form").Last(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            : page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        var values = FormValues(form);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(page.Url, target) : page.Url;
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await FollowAsync(await Http.SendAsync(request));
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    private static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        values.AddRange(form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]").Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)));
        // The submit button's own value, as a browser sends it.
        if (form.QuerySelector<IHtmlButtonElement>("button[name]") is { } button)
        {
            values.Add(new(button.Name!, button.Value));
        }

        return values;
    }

    // Redirects to elsewhere (the client's redirect URI) end here: the page then carries the Location.
    private async Task<WebPage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            var location = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            if (location.Authority != Http.BaseAddress!.Authority)
            {
                break;
            }

            response.Dispose();
            response = await Http.GetAsync(location);
        }

        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location is { } target ? new Uri(response.RequestMessage!.RequestUri!, target) : null;
            return new WebPage(response.StatusCode, response.RequestMessage!.RequestUri!, location, html,
                response.Content.Headers.ContentType?.MediaType, response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)),
                Parser.ParseDocument(html));
        }
    }
}

/// <summary>A response as the test reads it: status, final address, HTML and its parsed document.</summary>
internal sealed record WebPage(
    HttpStatusCode Status, Uri Url, Uri? Location, string Html, string? MediaType,
    IReadOnlyDictionary<string, string> Headers, IDocument Document)
{
    public string Path => Url.AbsolutePath;

    public string? Heading => Document.QuerySelector("h1")?.TextContent.Trim();

    /// <summary>The entries of the error summary at the top of the form.</summary>
    public IReadOnlyList<string> Errors =>
        [.. Document.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim())];

    /// <summary>The error shown next to a field (by the field's id), without the hidden "Fehler:" prefix.</summary>
    public string? FieldError(string id) =>
        Document.GetElementById($"{id}-fehler")?.TextContent.Replace("Fehler:", "", StringComparison.Ordinal).Trim();

    public string? Value(string id) => Document.GetElementById(id)?.GetAttribute("value");

    /// <summary>The text of the main element, whitespace collapsed.</summary>
    public string MainText => string.Join(" ",
        (Document.QuerySelector("main")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

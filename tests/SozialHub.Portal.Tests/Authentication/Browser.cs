using System.Net;
using AngleSharp.Dom;
using Xunit;

namespace SozialHub.Portal.Tests.Authentication;

/// <summary>
/// What a browser does for these flows, without one: keeps cookies, follows redirects across the services one by
/// one (so a test can look at each), and submits forms with their hidden fields (antiforgery tokens included).
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient _http;

    public Browser(Uri portal)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = portal };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    /// <summary>Follows redirects (at most 10) and returns the final answer.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; IsRedirect(response) && hops < 10; hops++)
        {
            var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            response.Dispose();
            response = await _http.GetAsync(next);
        }

        return response;
    }

    public async Task<HttpResponseMessage> OpenAsync(string url) => await FollowAsync(await _http.GetAsync(url));

    /// <summary>Posts a form of the page with its fields (hidden ones included) and the given values; does not follow.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, IElement form, IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") is not ("submit" or "checkbox") || i.HasAttribute("checked"))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        var action = new Uri(new Uri(page.Url), form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url);
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in as the fixture's demo planner through identity and returns the page <paramref name="returnUrl"/> led to.</summary>
    public Task<IDocument> SignInAsPlannerAsync(string returnUrl) =>
        SignInAsync(SignInFixture.PlannerEmail, SignInFixture.PlannerPassword, returnUrl);

    /// <summary>Portal → identity's sign-in form → credentials → back to the portal; returns the page reached.</summary>
    public async Task<IDocument> SignInAsync(string email, string password, string returnUrl)
    {
        using var form = await OpenAsync("/anmelden?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var page = await Html.ParseAsync(form);
        var credentials = page.QuerySelector("form input[name='Input.Password']")!.Closest("form")!;
        using var posted = await SubmitAsync(page, credentials, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(posted.StatusCode == HttpStatusCode.Found, await posted.Content.ReadAsStringAsync());
        return await Html.ParseAsync(await FollowAsync(posted));
    }

    /// <summary>Posts a file form (multipart) of the page with its hidden fields and one file; does not follow.</summary>
    public async Task<HttpResponseMessage> UploadAsync(IDocument page, IElement form, byte[] content, string fileName)
    {
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type='hidden'][name]"))
        {
            body.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        body.Add(new ByteArrayContent(content), form.QuerySelector("input[type='file']")!.GetAttribute("name")!, fileName);
        var action = new Uri(new Uri(page.Url), form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url);
        return await _http.PostAsync(action, body);
    }

    public Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields) =>
        _http.PostAsync(url, new FormUrlEncodedContent(fields));

    public void Dispose() => _http.Dispose();

    private static bool IsRedirect(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null;
}

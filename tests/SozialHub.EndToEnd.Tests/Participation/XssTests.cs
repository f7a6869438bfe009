using Microsoft.Playwright;
using Xunit;

namespace SozialHub.EndToEnd.Tests.Participation;

/// <summary>The XSS corpus posted as comments through the portal's form and rendered in Chromium.</summary>
[Collection(ParticipationBrowserFixture.Collection)]
public sealed class XssTests(ParticipationBrowserFixture fixture)
{
    // Anything in a rendered comment that could run script: elements, handler attributes, script URLs.
    private const string Dangerous = """
        el => [...el.querySelectorAll('*')].flatMap(e => [
            ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'META', 'LINK', 'STYLE', 'SVG', 'MATH'].includes(e.tagName.toUpperCase()) ? [e.tagName] : []),
            ...[...e.attributes].filter(a => a.name.toLowerCase().startsWith('on')
                || (/^(href|src|action|formaction|xlink:href|data|background|style)$/i.test(a.name) && /(javascript|vbscript|data):|expression\(/i.test(a.value.replace(/\s/g, ''))))
                .map(a => `${e.tagName}[${a.name}=${a.value}]`)])
        """;

    [Fact]
    public void The_corpus_has_at_least_100_distinct_payloads()
    {
        Assert.True(XssCorpus.All.Count >= 100, $"{XssCorpus.All.Count} payloads");
        Assert.Equal(XssCorpus.All.Count, XssCorpus.All.Distinct().Count());
    }

    [Fact]
    public async Task The_checks_catch_what_they_look_for()
    {
        // Guards the test itself: on a page without the portal's sanitiser or policy both checks must fire.
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync("<div id='t'><img src='x' onerror='1'><a href='java script:1'>a</a><script>window.__xss=1</script></div>");

        var dangerous = await page.Locator("#t").EvaluateAsync<string[]>(Dangerous);

        Assert.Equal(3, dangerous.Length);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss !== undefined"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_payload_runs_script_and_every_comment_stays_readable()
    {
        var page = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Citizens[0], "/handlungsfelder/housing");
        var problems = new List<string>();
        for (var i = 0; i < XssCorpus.All.Count; i++)
        {
            var marker = $"Beitrag {i + 1}";
            await page.FillAsync("#neuer-kommentar-text", $"{marker}: {XssCorpus.All[i]}");
            var before = page.Url;
            await page.ClickAsync("#neuer-kommentar button[type='submit']");
            await page.WaitForURLAsync(url => url != before && url.Contains("#beitrag-", StringComparison.Ordinal));
            await page.WaitForLoadStateAsync(LoadState.Load);

            var anchor = new Uri(page.Url).Fragment;
            Assert.StartsWith("#beitrag-", anchor, StringComparison.Ordinal);
            var text = page.Locator($"{anchor} > article .contribution__text");
            // Hover and focus, so that handlers waiting for them would fire now.
            await text.HoverAsync();
            var readable = await text.InnerTextAsync();
            var dangerous = await text.EvaluateAsync<string[]>(Dangerous);
            var ran = await page.EvaluateAsync<bool>("() => window.__xss !== undefined");
            if (ran || dangerous.Length > 0 || !readable.Contains(marker, StringComparison.Ordinal))
            {
                problems.Add($"{i + 1} {XssCorpus.All[i]} → ran: {ran}, dangerous: [{string.Join(", ", dangerous)}], text: {readable}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}

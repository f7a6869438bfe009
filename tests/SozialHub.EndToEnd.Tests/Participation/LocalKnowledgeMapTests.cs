using System.Globalization;
using Microsoft.Playwright;
using Xunit;

namespace SozialHub.EndToEnd.Tests.Participation;

/// <summary>Ortswissen on the Sozialraum map in Chromium: placed by keyboard alone, and a click on the map fills in the point.</summary>
[Collection(ParticipationBrowserFixture.Collection)]
public sealed class LocalKnowledgeMapTests(ParticipationBrowserFixture fixture)
{
    private const string Profile = "/sozialraeume/roden-nord";

    /// <summary>More Tab presses than the profile has focusable elements: a field not reached by then is not reachable.</summary>
    private const int MaxTabs = 600;

    [Fact]
    public async Task Local_knowledge_is_placed_by_keyboard_alone_and_appears_in_the_list_and_as_a_marker()
    {
        var page = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Citizens[0], Profile);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // From the top of the page by Tab to the form; then each field is the next Tab stop.
        await TabToAsync(page, "ow-category");
        await page.Keyboard.TypeAsync("Idee");
        Assert.Equal("IDEA", await page.EvalOnSelectorAsync<string>("#ow-category", "s => s.value"));
        await NextAsync(page, "ow-title");
        await page.Keyboard.TypeAsync("Sitzbänke am Weiher fehlen");
        await NextAsync(page, "ow-text");
        await page.Keyboard.TypeAsync("Ältere Menschen können auf dem Weg zum Markt nirgends rasten.");
        await NextAsync(page, "ow-socialSpace");
        await NextAsync(page, "ow-latitude");
        await page.Keyboard.TypeAsync("49,342");
        await NextAsync(page, "ow-longitude");
        await page.Keyboard.TypeAsync("6,773");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Ortswissen veröffentlichen", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("#beitrag-", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // In the list, with its point in words …
        var entry = page.Locator(new Uri(page.Url).Fragment);
        Assert.Equal("Sitzbänke am Weiher fehlen", await entry.Locator("h3").InnerTextAsync());
        Assert.Equal("Auf der Karte: Breite 49,34200, Länge 6,77300", await entry.Locator(".local-knowledge__point").InnerTextAsync());

        // … and as a marker, which the keyboard reaches too: Enter opens its popup with category and title.
        var marker = page.Locator(".map-marker--knowledge[title='Idee: Sitzbänke am Weiher fehlen']");
        Assert.True(await marker.IsVisibleAsync());
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        await TabToAsync(page, null, "Idee: Sitzbänke am Weiher fehlen");
        await page.Keyboard.PressAsync("Enter");
        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync();
        Assert.Equal("Idee\nSitzbänke am Weiher fehlen", (await popup.InnerTextAsync()).Replace("\r", "", StringComparison.Ordinal).Trim());
        await ParticipationAccessibilityTests.AssertNoViolationsAsync(page, "profile with local knowledge on the map, popup open");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_click_on_the_map_fills_in_latitude_and_longitude_of_the_form()
    {
        var page = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Citizens[1], Profile);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("", await page.InputValueAsync("#ow-latitude"));

        // The map is fitted to Roden-Nord: its middle lies in the city.
        await page.Locator("[data-map=sozialraum-karte]").ClickAsync();

        Assert.Equal(Profile, new Uri(page.Url).AbsolutePath);
        var latitude = double.Parse(await page.InputValueAsync("#ow-latitude"), CultureInfo.GetCultureInfo("de-DE"));
        var longitude = double.Parse(await page.InputValueAsync("#ow-longitude"), CultureInfo.GetCultureInfo("de-DE"));
        Assert.InRange(latitude, 49.2, 49.4);
        Assert.InRange(longitude, 6.6, 6.9);
        Assert.StartsWith("Ort übernommen: Breite ", await page.InnerTextAsync("#ow-point-status"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until the element with this id (or this title) has the focus.</summary>
    private static async Task TabToAsync(IPage page, string? id, string? title = null)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("() => [document.activeElement?.id ?? '', document.activeElement?.getAttribute('title') ?? '']");
            if ((id is not null && focused[0] == id) || (title is not null && focused[1] == title))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {id ?? title}");
    }

    private static async Task NextAsync(IPage page, string id)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(id, await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}

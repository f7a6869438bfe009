using Microsoft.Playwright;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.EndToEnd.Tests;

/// <summary>The demo city's API and portal as real processes, and Debian's Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string Collection = "Portal in Chromium";

    /// <summary>Debian's package; <c>SOZIALHUB_CHROMIUM</c> points elsewhere. Playwright downloads no browser.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SOZIALHUB_CHROMIUM") ?? "/usr/bin/chromium";

    private DemoCityServices? _services;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public DemoCityServices Services => _services ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (sudo apt-get install chromium) or set SOZIALHUB_CHROMIUM.");
        }

        _services = await StartServicesAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Containers and CI runners often lack the user namespaces Chromium's sandbox needs.
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>API and portal; a fixture for signed-in tests starts identity too.</summary>
    protected virtual Task<DemoCityServices> StartServicesAsync() => DemoCityServices.StartAsync("e2e");

    /// <summary>A fresh page in a fresh context (no shared cookies), German, desktop-sized unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Services.Portal.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}

[CollectionDefinition(BrowserFixture.Collection)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace SozialHub.Portal.Pages;

public static class PortalPages
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Razor Pages in German: lowercase URLs, German number formats, umlauts written as they are.</summary>
    public static IHostApplicationBuilder AddPortalPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddOptions<StartPageOptions>().BindConfiguration(StartPageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        // The default encoder writes every non-ASCII letter as &#xFC;; readable source and search need ü.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(German);
            options.SupportedCultures = [German];
            options.SupportedUICultures = [German];
            // One language only: nothing in the request chooses another.
            options.RequestCultureProviders.Clear();
        });
        return builder;
    }

    public static WebApplication MapPortalPages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}

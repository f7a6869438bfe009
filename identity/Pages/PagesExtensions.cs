using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace SozialHub.Identity.Pages;

public static class PagesExtensions
{
    /// <summary>The service's own pages (German, server-rendered): start page, and later sign-in and account pages.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();

        // Umlauts and ß as they are, not as character references, in the pages' HTML.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }
}

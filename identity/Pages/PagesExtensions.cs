using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using SozialHub.Identity.Accounts;

namespace SozialHub.Identity.Pages;

public static class PagesExtensions
{
    public const string AdminPolicy = "admin";

    /// <summary>The service's own pages (German, server-rendered): sign-in, registration, the account and its administration.</summary>
    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(HubRoles.Admin));
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Account");
                // Reached from a mail, perhaps in another browser, or after the account is gone.
                options.Conventions.AllowAnonymousToPage("/Account/ConfirmEmailChange");
                options.Conventions.AllowAnonymousToPage("/Account/Deleted");
                options.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            })
            .AddMvcOptions(options =>
            {
                // Binding messages a person could see (a field sent empty or garbled), in German.
                var messages = options.ModelBindingMessageProvider;
                messages.SetValueMustNotBeNullAccessor(_ => "Bitte füllen Sie dieses Feld aus.");
                messages.SetMissingBindRequiredValueAccessor(_ => "Bitte füllen Sie dieses Feld aus.");
                messages.SetAttemptedValueIsInvalidAccessor((_, _) => "Die Eingabe ist ungültig.");
                messages.SetUnknownValueIsInvalidAccessor(_ => "Die Eingabe ist ungültig.");
                messages.SetValueIsInvalidAccessor(_ => "Die Eingabe ist ungültig.");
                messages.SetMissingRequestBodyRequiredValueAccessor(() => "Das Formular kam leer an. Bitte senden Sie es noch einmal.");
            });

        // Umlauts and ß as they are, not as character references, in the pages' HTML.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }
}

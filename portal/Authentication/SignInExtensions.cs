using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SozialHub.ServiceDefaults.Identity;

namespace SozialHub.Portal.Authentication;

public static class SignInExtensions
{
    public const string CookieName = "sozialhub.anmeldung";
    public const string SignInPath = "/anmelden";
    public const string SignOutPath = "/abmelden";
    public const string SignInFailedPath = "/anmelden/fehlgeschlagen";

    private static readonly string[] Scopes = ["openid", "profile", "email", "roles", "offline_access", "hub.read", "hub.write"];

    /// <summary>
    /// Sign-in through the identity server (OpenID Connect, authorization code with PKCE) into an HttpOnly cookie
    /// that holds the tokens; the access token is refreshed before it expires and sent with every API call.
    /// </summary>
    public static IHostApplicationBuilder AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        builder.AddIdentityAuthority();
        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // The portal has no database: the keys that protect cookies and form tokens are files, so that a restart
        // keeps everyone signed in.
        builder.Services.AddDataProtection()
            .SetApplicationName("SozialHub.Portal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, "data", "keys")));

        // Plain http only on a developer's machine; everywhere else cookies travel over https only.
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "sozialhub.formschutz";
            antiforgery.Cookie.SecurePolicy = secure;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddHttpClient(TokenRefresher.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                authentication.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = secure;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInPath;
                cookie.LogoutPath = SignOutPath;
                cookie.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>().ValidateAsync(context);
            })
            .AddOpenIdConnect();
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthorityOptions>, IOptions<SignInOptions>, IHostEnvironment>((oidc, authority, signIn, environment) =>
            {
                oidc.Authority = authority.Value.GetAuthorityUri().ToString();
                oidc.RequireHttpsMetadata = !environment.AllowsPlainHttp();
                oidc.ClientId = signIn.Value.ClientId;
                oidc.ClientSecret = signIn.Value.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                // The code comes back in a top-level GET, so the SameSite=Lax correlation cookies travel with it
                // (a form post from the identity server's origin would need SameSite=None, and https).
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = secure;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = secure;
                oidc.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    oidc.Scope.Add(scope);
                }

                oidc.SaveTokens = true;
                // The identity token carries name and roles (scopes profile and roles); keep the claim names as issued.
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = PortalClaims.Name;
                oidc.TokenValidationParameters.RoleClaimType = PortalClaims.Role;
                oidc.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect(SignInFailedPath);
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        return builder;
    }

    public static WebApplication UsePortalSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}

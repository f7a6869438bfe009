using Microsoft.Extensions.Options;
using SozialHub.Identity.Database;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.OpenId;

public static class OpenIdExtensions
{
    public const string AuthorizationPath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/logout";
    public const string UserInfoPath = "/connect/userinfo";
    public const string RevocationPath = "/connect/revoke";

    /// <summary>The OpenID Connect server (OpenIddict) on the accounts database.</summary>
    public static IHostApplicationBuilder AddOpenIdServer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenIdServerOptions>()
            .BindConfiguration(OpenIdServerOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OpenIdServerOptions>, OpenIdServerOptionsValidator>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddict.Server.OpenIddictServerOptions>, ServerCredentialsSetup>();
        builder.Services.AddScoped<AccountClaims>();

        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizationPath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetEndSessionEndpointUris(EndSessionPath)
                    .SetUserInfoEndpointUris(UserInfoPath)
                    .SetRevocationEndpointUris(RevocationPath);

                // docs/standards.md: code flow with PKCE (S256) and refresh tokens for the portal, client
                // credentials for machines; no implicit flow, no password grant.
                server.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();

                // PKCE with S256 only: "plain" would hand the verifier to anyone who sees the authorization request.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

                // Rotation without grace: a refresh token works once. Its reuse means it was copied, and OpenIddict
                // then revokes the whole chain (the default leeway of 30 s would accept the copy).
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                server.RegisterScopes(
                    Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess,
                    HubScopes.Read, HubScopes.Write);

                // The API validates access tokens itself with the keys the discovery document publishes;
                // it holds no decryption key, so access tokens are signed but not encrypted.
                server.DisableAccessTokenEncryption();

                if (development)
                {
                    // Generated and kept in the user's certificate store; refused outside Development
                    // (there ServerCredentialsSetup adds the configured certificates).
                    server.AddDevelopmentEncryptionCertificate()
                        .AddDevelopmentSigningCertificate();
                }

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (development)
                {
                    // Local runs are plain http on localhost; everywhere else OpenIddict insists on https.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return builder;
    }

    /// <summary>The endpoints OpenIddict passes through to the application (authorize and logout are pages).</summary>
    public static WebApplication MapOpenIdEndpoints(this WebApplication app)
    {
        app.MapPost(TokenPath, TokenEndpoint.ExchangeAsync);
        app.MapMethods(UserInfoPath, [HttpMethods.Get, HttpMethods.Post], UserInfoEndpoint.GetAsync);
        return app;
    }
}

using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using SozialHub.ServiceDefaults.Identity;

namespace SozialHub.Api.Authorization;

public static class AuthorizationExtensions
{
    /// <summary>The audience the identity server writes into access tokens for this API.</summary>
    public const string Audience = "sozialhub-api";

    /// <summary>
    /// Access tokens from the identity server (<c>Identity:Authority</c>) become the request's user: validated
    /// locally with the keys its discovery document publishes, for the audience <c>sozialhub-api</c>. Also the
    /// policies of <see cref="HubPolicies"/> and the authorizer the GraphQL rule and node resolvers use.
    /// </summary>
    public static IHostApplicationBuilder AddHubAuthorization(this IHostApplicationBuilder builder)
    {
        builder.AddIdentityAuthority();
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.AddAudiences(Audience);
            validation.UseSystemNetHttp();
            // Only the Authorization header: tokens in URLs and forms end up in logs and browser histories.
            validation.UseAspNetCore()
                .DisableAccessTokenExtractionFromQueryString()
                .DisableAccessTokenExtractionFromBodyForm();
        });
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictValidationOptions>, ValidationIssuerSetup>();
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddHubPolicies().BindConfiguration(HubAuthorizationOptions.SectionName).ValidateOnStart();
        return builder;
    }

    /// <summary>The policies, the machine clients' grants (to be bound) and the <see cref="IGraphTypeAuthorizer"/>.</summary>
    public static OptionsBuilder<HubAuthorizationOptions> AddHubPolicies(this IServiceCollection services)
    {
        var policies = services.AddAuthorizationBuilder();
        foreach (var role in HubPolicies.Roles)
        {
            policies.AddPolicy(role, policy => policy.AddRequirements(new RoleRequirement([role])));
        }

        policies.AddPolicy(HubPolicies.Read, policy => policy.AddRequirements(new ScopeRequirement(HubPolicies.Read)));
        policies.AddPolicy(HubPolicies.Write, policy => policy.AddRequirements(new ScopeRequirement(HubPolicies.Write)));
        policies.AddPolicy(HubPolicies.SignedIn, policy => policy.AddRequirements(new PersonRequirement()));
        policies.AddPolicy(HubPolicies.AccountData, policy => policy.AddRequirements(new MachineGrantRequirement(HubPolicies.AccountData)));
        services.AddSingleton<IAuthorizationHandler, HubRequirementHandler>();
        services.AddSingleton<IGraphTypeAuthorizer, GraphTypeAuthorizer>();
        services.AddSingleton<IValidateOptions<HubAuthorizationOptions>, HubAuthorizationOptionsValidator>();
        return services.AddOptions<HubAuthorizationOptions>();
    }

    /// <summary>Reads the bearer token of every request; a bad one is answered with 401 (<see cref="InvalidTokenResponse"/>).</summary>
    public static WebApplication UseHubAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseInvalidTokenResponse();
        return app;
    }

    /// <summary>The GraphQL authorization rule, also for documents served from the document cache.</summary>
    public static IGraphQLBuilder AddAuthorizationRule(this IGraphQLBuilder graphql) =>
        graphql.AddValidationRule<GraphQLAuthorizationRule>(useForCachedDocuments: true);

    /// <summary>Points OpenIddict at the configured identity server once <c>Identity:Authority</c> has passed validation.</summary>
    private sealed class ValidationIssuerSetup(IOptions<AuthorityOptions> authority) : IConfigureOptions<OpenIddictValidationOptions>
    {
        public void Configure(OpenIddictValidationOptions options) => options.Issuer = authority.Value.GetAuthorityUri();
    }
}

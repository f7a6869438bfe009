using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SozialHub.ServiceDefaults.Identity;

/// <summary><c>Identity:Authority</c>: where the identity server answers, for the services that trust its tokens.</summary>
public sealed class AuthorityOptions
{
    public const string SectionName = "Identity";
    public const string Key = SectionName + ":Authority";

    /// <summary>The identity server's issuer URL; its discovery document is at <c>.well-known/openid-configuration</c> below it.</summary>
    /// <remarks>A string, not a <see cref="Uri"/>: binding would turn a typo into a relative URI instead of a clear message.</remarks>
    public string Authority { get; set; } = "http://localhost:5002/";

    /// <summary>The authority with a trailing slash, as the identity server writes its issuer; call once the options passed validation.</summary>
    public Uri GetAuthorityUri() => new(Authority.EndsWith('/') ? Authority : Authority + "/");
}

public static class AuthorityOptionsExtensions
{
    /// <summary>The environment the tests run services in (besides Development for processes).</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>Binds <c>Identity:Authority</c> and checks it when the service starts.</summary>
    public static IHostApplicationBuilder AddIdentityAuthority(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthorityOptions>().BindConfiguration(AuthorityOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthorityOptions>, AuthorityOptionsValidator>();
        return builder;
    }

    /// <summary>
    /// Plain http to the identity server only on a developer's machine or in tests: elsewhere tokens, keys and
    /// cookies would cross the network readable by anyone on the way.
    /// </summary>
    public static bool AllowsPlainHttp(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
}

internal sealed class AuthorityOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthorityOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthorityOptions options)
    {
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return ValidateOptionsResult.Fail(
                $"{AuthorityOptions.Key} '{options.Authority}' is not an absolute http(s) URL; set it to the identity server's address, e.g. https://login.example/.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return ValidateOptionsResult.Fail($"{AuthorityOptions.Key} '{options.Authority}' must not have a query or fragment.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !environment.AllowsPlainHttp())
        {
            return ValidateOptionsResult.Fail(
                $"{AuthorityOptions.Key} '{options.Authority}' uses http; outside Development the identity server must be reached over https.");
        }

        return ValidateOptionsResult.Success;
    }
}

using Microsoft.Extensions.Options;
using SozialHub.Identity.Clients;

namespace SozialHub.Identity.OpenId;

/// <summary>Checks the <c>Identity</c> section when the service starts; each failure names its setting.</summary>
internal sealed class OpenIdServerOptionsValidator(IHostEnvironment environment) : IValidateOptions<OpenIdServerOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenIdServerOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Issuer) && !IsHttpUrl(options.Issuer))
        {
            failures.Add($"{OpenIdServerOptions.SectionName}:Issuer '{options.Issuer}' is not an absolute http(s) URL.");
        }

        // Development uses generated development certificates; everywhere else the keys must be real.
        if (!environment.IsDevelopment())
        {
            AddIfFailed(failures, ServerCertificate.Check(ServerCertificate.Signing, options.SigningCertificatePath, options.SigningCertificatePassword));
            AddIfFailed(failures, ServerCertificate.Check(ServerCertificate.Encryption, options.EncryptionCertificatePath, options.EncryptionCertificatePassword));
        }

        failures.AddRange(ClientRegistration.Validate(options.Clients, $"{OpenIdServerOptions.SectionName}:Clients"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void AddIfFailed(List<string> failures, string? failure)
    {
        if (failure is not null)
        {
            failures.Add(failure);
        }
    }
}

using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace SozialHub.Identity.OpenId;

/// <summary>Puts the configured issuer and, outside Development, the configured certificates into OpenIddict.</summary>
/// <remarks>Runs after <see cref="OpenIdServerOptionsValidator"/> has accepted the settings at start.</remarks>
internal sealed class ServerCredentialsSetup(IOptions<OpenIdServerOptions> settings, IHostEnvironment environment)
    : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var identity = settings.Value;
        if (!string.IsNullOrWhiteSpace(identity.Issuer))
        {
            options.Issuer = new Uri(identity.Issuer, UriKind.Absolute);
        }

        if (environment.IsDevelopment())
        {
            return;
        }

        var signing = ServerCertificate.Load(identity.SigningCertificatePath!, identity.SigningCertificatePassword);
        options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(signing), SecurityAlgorithms.RsaSha256));

        var encryption = ServerCertificate.Load(identity.EncryptionCertificatePath!, identity.EncryptionCertificatePassword);
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            new X509SecurityKey(encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}

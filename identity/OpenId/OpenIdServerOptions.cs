using SozialHub.Identity.Clients;

namespace SozialHub.Identity.OpenId;

/// <summary>The <c>Identity</c> configuration section: issuer, key certificates and registered clients.</summary>
/// <remarks>
/// One options type for the whole section, so that every mistake in it is reported together, in one line,
/// when the service starts.
/// </remarks>
public sealed class OpenIdServerOptions
{
    public const string SectionName = "Identity";

    /// <summary>The issuer URL the tokens name; by default the URL the service is reached at.</summary>
    public string? Issuer { get; set; }

    /// <summary>PKCS#12 (.pfx) file with the RSA key that signs tokens; required outside Development.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>PKCS#12 (.pfx) file with the RSA key that encrypts tokens; required outside Development.</summary>
    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>The applications that may ask for tokens, registered (or updated) at every start.</summary>
    public List<ClientRegistration> Clients { get; set; } = [];
}

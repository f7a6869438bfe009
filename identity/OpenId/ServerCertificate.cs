using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SozialHub.Identity.OpenId;

/// <summary>Loads and checks the certificates whose keys sign and encrypt tokens outside Development.</summary>
internal static class ServerCertificate
{
    public const string Signing = "Signing";
    public const string Encryption = "Encryption";

    /// <summary>Why the configured certificate cannot be used, naming the setting; null when it can.</summary>
    public static string? Check(string purpose, string? path, string? password)
    {
        var pathKey = $"{OpenIdServerOptions.SectionName}:{purpose}CertificatePath";
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{pathKey} is required outside Development (a PKCS#12 .pfx file with the RSA key that {Verb(purpose)} tokens).";
        }

        if (!File.Exists(path))
        {
            return $"{pathKey}: the file '{path}' does not exist.";
        }

        X509Certificate2 certificate;
        try
        {
            certificate = Load(path, password);
        }
        catch (CryptographicException e)
        {
            return $"{pathKey}: '{path}' cannot be opened as a PKCS#12 file with {OpenIdServerOptions.SectionName}:{purpose}CertificatePassword ({e.Message.Trim()}).";
        }

        using (certificate)
        {
            using var key = certificate.GetRSAPrivateKey();
            if (key is null)
            {
                return $"{pathKey}: '{path}' holds no RSA private key.";
            }

            var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages;
            var needed = purpose == Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment;
            if (usage is { } flags && !flags.HasFlag(needed))
            {
                return $"{pathKey}: the certificate's key usage does not include {needed}.";
            }

            return certificate.NotAfter < DateTime.Now
                ? $"{pathKey}: the certificate expired on {certificate.NotAfter:yyyy-MM-dd}."
                : null;
        }
    }

    public static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    private static string Verb(string purpose) => purpose == Signing ? "signs" : "encrypts";
}

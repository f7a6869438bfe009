using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>The service as an operator runs it: one clear line for a wrong setting, real keys outside Development.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class StartupTests(MariaDbServer mariaDb) : IDisposable
{
    private const string Password = "Zertifikatskennwort";
    private readonly DirectoryInfo _certificates = Directory.CreateTempSubdirectory("sozialhub-identity-certificates-");

    public void Dispose() => _certificates.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Operators_can_migrate_before_starting_also_without_certificates(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, mariaDb, "identity_migrate");

        // The command needs only the database: no host starts, so the certificate settings are not asked for.
        var migrate = await ServiceProcess.RunToExitAsync("identity", database.Settings, "migrate", "--environment", "Production");
        var again = await ServiceProcess.RunToExitAsync("identity", database.Settings, "migrate", "--environment", "Production");

        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Assert.Contains("Database is up to date.", migrate.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.DoesNotContain("Applying migration", again.Output, StringComparison.Ordinal);
        var applied = migrate.Output.Split("Applying migration").Length - 1;
        Assert.True(applied >= 3, migrate.Output); // Initial, AccountProfile, MailOutbox and whatever came since
        Assert.Equal(applied, await Sql.CountAsync(database, "SELECT COUNT(*) FROM __identity_migrations"));
        Assert.Equal(0, await Sql.CountAsync(database, "SELECT COUNT(*) FROM OpenIddictApplications"));
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_the_service_with_one_line()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("identity", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Foo",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Database:Provider 'Foo'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task Outside_Development_missing_certificates_stop_the_service_naming_the_settings()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-production");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("identity", database.Settings, "--environment", "Production");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("SozialHub cannot start:", StringComparison.Ordinal));
        Assert.Contains("Identity:SigningCertificatePath is required outside Development", line, StringComparison.Ordinal);
        Assert.Contains("Identity:EncryptionCertificatePath is required outside Development", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_certificate_password_is_named()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-password");
        var settings = database.With(
            ("Identity:SigningCertificatePath", CreateCertificate("signing", X509KeyUsageFlags.DigitalSignature).Path),
            ("Identity:SigningCertificatePassword", "falsch"),
            ("Identity:EncryptionCertificatePath", CreateCertificate("encryption", X509KeyUsageFlags.KeyEncipherment).Path),
            ("Identity:EncryptionCertificatePassword", Password));

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("identity", settings, "--environment", "Production");

        Assert.Equal(1, exitCode);
        Assert.Contains("Identity:SigningCertificatePassword", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Identity:EncryptionCertificate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_client_registration_is_named()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-client");
        var settings = database.With(
            ("Identity:Clients:3:ClientId", "researchers"),
            ("Identity:Clients:3:GrantTypes:0", "password"));

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("identity", settings);

        Assert.Equal(1, exitCode);
        Assert.Contains("Identity:Clients:3:GrantTypes: 'password' is not allowed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_the_configured_certificates_sign_and_https_is_required()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-certificates");
        var signing = CreateCertificate("signing", X509KeyUsageFlags.DigitalSignature);
        var encryption = CreateCertificate("encryption", X509KeyUsageFlags.KeyEncipherment);
        var settings = database.With(
            ("Identity:SigningCertificatePath", signing.Path),
            ("Identity:SigningCertificatePassword", Password),
            ("Identity:EncryptionCertificatePath", encryption.Path),
            ("Identity:EncryptionCertificatePassword", Password),
            ("Identity:Clients:0:ClientId", "sozialhub-identity"),
            ("Identity:Clients:0:ClientSecret", "ein-langes-geheimnis"),
            ("Identity:Clients:0:Scopes:0", "hub.read"),
            ("Identity:Clients:0:Scopes:1", "hub.write"),
            ("Identity:Clients:0:GrantTypes:0", "client_credentials"),
            ("Identity:Api:BaseUrl", "https://api.stadt.example/"),
            ("Identity:Api:Authority", "https://konto.stadt.example/"),
            // Behind a reverse proxy that terminates TLS, as in production.
            ("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true"));
        await using var identity = await ServiceProcess.StartAsync("identity", settings, environment: "Production");
        using var http = new HttpClient { BaseAddress = identity.BaseAddress };

        using var plain = await http.GetAsync(".well-known/openid-configuration");
        using var request = new HttpRequestMessage(HttpMethod.Get, ".well-known/jwks");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var proxied = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode); // "This server only accepts HTTPS requests."
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        var keys = System.Text.Json.JsonDocument.Parse(await proxied.Content.ReadAsStringAsync()).RootElement.GetProperty("keys");
        var key = Assert.Single(keys.EnumerateArray());
        Assert.Equal(signing.Thumbprint, key.GetProperty("kid").GetString());
        // Demo accounts exist in Development only.
        Assert.DoesNotContain("Demo account", identity.Output, StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(database, "SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task Wrong_mail_and_account_settings_are_named_together_in_one_line()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-settings");
        var settings = database.With(
            ("Smtp:Host", "mail.stadt.example"),
            ("Mail:MaxRetryDelay", "00:00:01"),
            ("Identity:DemoAccounts:0:Email", "kein-name"),
            ("Identity:Api:BaseUrl", "api.example"),
            ("Identity:Api:ClientId", "city-data"));

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("identity", settings);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("SozialHub cannot start:", StringComparison.Ordinal));
        Assert.Contains("Smtp:From is required when Smtp:Host is set.", line, StringComparison.Ordinal);
        Assert.Contains("Mail:MaxRetryDelay 00:00:01 is shorter than Mail:RetryDelay 00:00:30.", line, StringComparison.Ordinal);
        Assert.Contains("Identity:DemoAccounts:0:Email 'kein-name' is not an e-mail address.", line, StringComparison.Ordinal);
        Assert.Contains("Identity:Api:BaseUrl 'api.example' is not an absolute http(s) URL.", line, StringComparison.Ordinal);
        Assert.Contains("Identity:Api:ClientId 'city-data' must be registered in Identity:Clients with a ClientSecret, the client_credentials grant " +
            "and the scopes hub.read and hub.write.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_that_is_not_a_number_is_named()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-port");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("identity", database.With(("Smtp:Port", "fünfundzwanzig")));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("SozialHub cannot start:", StringComparison.Ordinal));
        Assert.Contains("Failed to convert configuration value 'fünfundzwanzig' at 'Smtp:Port'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private (string Path, string Thumbprint) CreateCertificate(string name, X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=SozialHub test {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_certificates.FullName, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return (path, certificate.Thumbprint);
    }
}

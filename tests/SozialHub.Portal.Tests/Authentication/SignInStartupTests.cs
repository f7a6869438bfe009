using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Authentication;

/// <summary>The sign-in settings as an operator meets them: outside Development a secret and https are required.</summary>
public sealed class SignInStartupTests
{
    [Fact]
    public async Task Outside_Development_the_client_secret_and_an_https_authority_are_required()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("portal", new Dictionary<string, string?>(), "--environment", "Production");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("SozialHub cannot start:", StringComparison.Ordinal));
        Assert.Contains("Identity:ClientSecret is required", line, StringComparison.Ordinal);
        Assert.Contains("Identity:Authority 'http://localhost:5002/' uses http", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using System.Text;

namespace SozialHub.Testing;

/// <summary>
/// A SozialHub service (api, identity, portal) running as a real process from its build output on a
/// free loopback port, the way an operator starts it: <c>dotnet SozialHub.Api.dll --urls …</c>.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output;

    private ServiceProcess(Process process, StringBuilder output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the service has logged so far.</summary>
    public string Output => ProcessRunner.Read(_output);

    /// <summary>Starts the service and waits until /healthz answers 200.</summary>
    /// <param name="project">api, identity or portal.</param>
    /// <param name="settings">Configuration keys (e.g. <c>Database:Provider</c>), passed as environment variables.</param>
    /// <param name="port">A port chosen beforehand, when another service must know the address first (redirect URIs).</param>
    public static async Task<ServiceProcess> StartAsync(
        string project, IReadOnlyDictionary<string, string?> settings, string environment = "Development", int? port = null)
    {
        port ??= FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var output = new StringBuilder();
        var dll = Locate(project);
        var process = ProcessRunner.Start("dotnet", [dll, "--urls", baseAddress.ToString().TrimEnd('/')],
            Environment(settings, environment), Path.GetDirectoryName(dll), output);
        var service = new ServiceProcess(process, output, baseAddress);
        try
        {
            await service.WaitUntilHealthyAsync();
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the service with arguments (a command such as <c>migrate</c>, or a start that should fail) until it exits.</summary>
    public static Task<(int ExitCode, string Output)> RunToExitAsync(
        string project, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var dll = Locate(project);
        var urls = $"http://127.0.0.1:{FreePort.Next()}";
        return ProcessRunner.RunAsync("dotnet", [dll, "--urls", urls, .. args], Environment(settings, "Development"), Path.GetDirectoryName(dll));
    }

    /// <summary>The built dll of a service, from the same configuration (Debug/Release) as the running tests.</summary>
    public static string Locate(string project)
    {
        var testOutput = AppContext.BaseDirectory;
        var framework = new DirectoryInfo(testOutput).Name;
        var configuration = new DirectoryInfo(testOutput).Parent!.Name;
        var assembly = "SozialHub." + char.ToUpperInvariant(project[0]) + project[1..];
        var dll = Path.Combine(RepositoryRoot(), project, "bin", configuration, framework, assembly + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"{dll} is not built; reference {project} from the test project (ReferenceOutputAssembly=false).");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SozialHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SozialHub.sln not found above the test output.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static Dictionary<string, string?> Environment(IReadOnlyDictionary<string, string?> settings, string environment)
    {
        var variables = settings.ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value);
        variables["ASPNETCORE_ENVIRONMENT"] = environment;
        variables["DOTNET_ENVIRONMENT"] = environment;
        // No telemetry export and no launch profile from a developer's shell leaking into the test.
        variables["OTEL_EXPORTER_OTLP_ENDPOINT"] = null;
        return variables;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The service did not become healthy within {StartTimeout.TotalSeconds} s:\n{Output}");
    }
}

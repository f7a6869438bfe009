using Microsoft.Extensions.Options;

namespace SozialHub.ServiceDefaults;

/// <summary>A wrong or missing setting, or an unreachable dependency, found while the service starts.</summary>
/// <remarks>Its message is one line that names the setting; the service prints it and exits with 1.</remarks>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Use as <c>catch (Exception e) when (StartupException.Explain(e))</c> around Program.</summary>
    /// <returns>true when the exception is a start-up failure and was printed; other exceptions keep their stack trace.</returns>
    public static bool Explain(Exception exception)
    {
        var message = exception switch
        {
            StartupException startup => startup.Message,
            OptionsValidationException options => string.Join(" ", options.Failures),
            AggregateException { InnerExceptions: [StartupException startup] } => startup.Message,
            // Several option sections failed at once (ValidateOnStart collects them): all of them, in one line.
            AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
                string.Join(" ", aggregate.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)),
            _ => null,
        };
        if (message is null)
        {
            return false;
        }

        Console.Error.WriteLine($"SozialHub cannot start: {message}");
        Environment.ExitCode = 1;
        return true;
    }
}

using SozialHub.ServiceDefaults;

namespace SozialHub.Identity;

/// <summary>Brings start-up failures into the shapes <see cref="StartupException.Explain"/> prints as one line.</summary>
internal static class StartupErrors
{
    /// <summary>
    /// A value the configuration binder cannot convert ("Failed to convert configuration value 'x' at 'Smtp:Port' …")
    /// already names its key; it becomes a start-up error instead of a stack trace.
    /// </summary>
    public static Exception Normalize(Exception exception) =>
        exception is InvalidOperationException invalid
        && invalid.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
            ? new StartupException(invalid.Message)
            : exception;
}

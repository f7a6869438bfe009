using System.ComponentModel.DataAnnotations;

namespace SozialHub.Api.Imports;

/// <summary>The <c>Imports</c> configuration section: where uploads wait, how long, how large they may be.</summary>
public sealed class ImportOptions : IValidatableObject
{
    public const string SectionName = "Imports";

    /// <summary>The folder for uploaded files, relative to the content root's <c>data/</c> folder.</summary>
    public string UploadFolder { get; set; } = "uploads";

    /// <summary>How long an uploaded file waits for its preview and apply before it is deleted.</summary>
    public TimeSpan UploadLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How many new and changed values the preview lists per indicator (all are counted).</summary>
    public int PreviewValues { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(UploadFolder) || Path.IsPathRooted(UploadFolder)
            || UploadFolder.Split('/', '\\').Contains(".."))
        {
            yield return Fail(nameof(UploadFolder), "must be a folder inside data/ (relative, without '..')");
        }

        if (UploadLifetime <= TimeSpan.Zero)
        {
            yield return Fail(nameof(UploadLifetime), "must be positive");
        }

        if (MaxFileBytes < 1)
        {
            yield return Fail(nameof(MaxFileBytes), "must be at least 1");
        }

        if (PreviewValues < 0)
        {
            yield return Fail(nameof(PreviewValues), "must not be negative");
        }
    }

    private static ValidationResult Fail(string setting, string problem) =>
        new($"{SectionName}:{setting} {problem}.", [setting]);
}

using System.ComponentModel.DataAnnotations;

namespace SozialHub.Portal.Participation;

/// <summary>Anti-spam in the participation forms (<c>Participation:Forms</c>): how fast and how late a form may come back.</summary>
public sealed class FormGuardOptions
{
    public const string SectionName = "Participation:Forms";

    /// <summary>People read and type; a form sent back sooner than this after it was shown came from a bot.</summary>
    [Range(0, 600)]
    public int MinimumSecondsToSubmit { get; set; } = 3;

    /// <summary>An older form is refused (the text stays in the form) so that a stamp cannot be reused for ever.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan MaximumFormAge { get; set; } = TimeSpan.FromHours(12);
}

using System.ComponentModel.DataAnnotations;

namespace SozialHub.Api.Contributions;

/// <summary>The <c>Participation</c> configuration section: moderation and anti-spam settings.</summary>
public sealed class ParticipationOptions : IValidatableObject
{
    public const string SectionName = "Participation";

    /// <summary>How many contributions of a new author wait for a planner's approval; 0 = post-moderation only.</summary>
    public int PreModeration { get; set; } = 1;

    /// <summary>Flags (by different people) after which a contribution is hidden until a planner decides.</summary>
    public int FlagsToHide { get; set; } = 3;

    /// <summary>Contributions one account may post per hour.</summary>
    public int MaxPerHour { get; set; } = 10;

    /// <summary>Contributions from one client address per hour, whatever the accounts (people sharing a network count together).</summary>
    public int MaxPerHourPerAddress { get; set; } = 30;

    /// <summary>The same text by the same author within this time is refused as a duplicate.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PreModeration < 0)
        {
            yield return Fail(nameof(PreModeration), "must be 0 (post-moderation) or more");
        }

        if (FlagsToHide < 1)
        {
            yield return Fail(nameof(FlagsToHide), "must be at least 1");
        }

        if (MaxPerHour < 1)
        {
            yield return Fail(nameof(MaxPerHour), "must be at least 1");
        }

        if (MaxPerHourPerAddress < 1)
        {
            yield return Fail(nameof(MaxPerHourPerAddress), "must be at least 1");
        }

        if (DuplicateWindow < TimeSpan.Zero)
        {
            yield return Fail(nameof(DuplicateWindow), "must not be negative");
        }
    }

    private static ValidationResult Fail(string setting, string problem) =>
        new($"{SectionName}:{setting} {problem}.", [setting]);
}

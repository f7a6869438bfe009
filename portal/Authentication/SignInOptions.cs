using System.ComponentModel.DataAnnotations;

namespace SozialHub.Portal.Authentication;

/// <summary>
/// The portal's registration at the identity server (section <c>Identity</c>, beside <c>Identity:Authority</c>).
/// The secret lives in appsettings.Development.json for local runs only; elsewhere it comes from the environment.
/// </summary>
public sealed class SignInOptions : IValidatableObject
{
    public const string SectionName = "Identity";

    public string ClientId { get; set; } = "sozialhub-portal";

    public string? ClientSecret { get; set; }

    /// <summary>How long before the access token expires the portal fetches a new one with the refresh token.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult($"{SectionName}:ClientId is required (the portal's client id at the identity server).", [nameof(ClientId)]);
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult(
                $"{SectionName}:ClientSecret is required: the portal's secret as registered at the identity server (e.g. Identity__ClientSecret).",
                [nameof(ClientSecret)]);
        }

        // Longer than a token lives means "refresh on every request" (tests use that).
        if (RefreshBeforeExpiry < TimeSpan.Zero || RefreshBeforeExpiry > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult($"{SectionName}:RefreshBeforeExpiry '{RefreshBeforeExpiry}' must be between 0 and 1 day.",
                [nameof(RefreshBeforeExpiry)]);
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace SozialHub.Portal.Pages;

/// <summary>The <c>StartPage</c> configuration section: what the start page shows at a glance.</summary>
public sealed class StartPageOptions : IValidatableObject
{
    public const string SectionName = "StartPage";

    /// <summary>The indicator the map colours the Sozialräume by until a visitor chooses another.</summary>
    public string MapIndicator { get; set; } = "sgb2_share";

    /// <summary>The key figures (indicator keys), five to eight; null means the defaults.</summary>
    /// <remarks>No initial list: the configuration binder would append the configured keys to it instead of replacing it.</remarks>
    public List<string>? KeyIndicators { get; set; }

    public IReadOnlyList<string> KeyIndicatorsOrDefault => KeyIndicators ??
        ["population", "share_65_plus", "unemployment_share", "sgb2_share", "child_poverty", "old_age_poverty", "childcare_rate_3_to_6"];

    /// <summary>How many years back the key figures look for their trend (the window of the API's <c>cityTrend</c>).</summary>
    public int TrendYears { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(MapIndicator))
        {
            yield return new ValidationResult($"{SectionName}:MapIndicator is required (an indicator key, e.g. sgb2_share).", [nameof(MapIndicator)]);
        }

        var keys = KeyIndicatorsOrDefault;
        if (keys.Count is < 5 or > 8 || keys.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult(
                $"{SectionName}:KeyIndicators must name five to eight indicator keys; it has {keys.Count(k => !string.IsNullOrWhiteSpace(k))}.",
                [nameof(KeyIndicators)]);
        }

        if (TrendYears is < 1 or > 20)
        {
            yield return new ValidationResult($"{SectionName}:TrendYears '{TrendYears}' must be between 1 and 20.", [nameof(TrendYears)]);
        }
    }
}

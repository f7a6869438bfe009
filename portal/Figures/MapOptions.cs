using System.ComponentModel.DataAnnotations;

namespace SozialHub.Portal.Figures;

/// <summary>
/// The <c>Map</c> configuration section. Maps draw the Sozialräume' outlines without any background; a
/// tile server (e.g. the city's own) is optional, and its origin is then allowed by the content security policy.
/// </summary>
public sealed class MapOptions : IValidatableObject
{
    public const string SectionName = "Map";

    /// <summary>A Leaflet tile URL template such as <c>https://tiles.example/{z}/{x}/{y}.png</c>; none by default.</summary>
    public string? TileUrl { get; set; }

    /// <summary>The attribution the tile server's licence asks for (HTML is not allowed; plain text).</summary>
    public string? TileAttribution { get; set; }

    /// <summary>The tile server's origin for the content security policy, or null without tiles.</summary>
    public string? TileOrigin => Uri.TryCreate(TileUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(TileUrl))
        {
            yield break;
        }

        if (!Uri.TryCreate(TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || !new[] { "{z}", "{x}", "{y}" }.All(p => TileUrl.Contains(p, StringComparison.Ordinal)))
        {
            yield return new ValidationResult(
                $"{SectionName}:TileUrl '{TileUrl}' is not an https URL template with {{z}}, {{x}} and {{y}}, e.g. https://tiles.example/{{z}}/{{x}}/{{y}}.png.",
                [nameof(TileUrl)]);
        }

        if (string.IsNullOrWhiteSpace(TileAttribution))
        {
            yield return new ValidationResult($"{SectionName}:TileAttribution is required with a TileUrl: the tile server's licence asks for it.",
                [nameof(TileAttribution)]);
        }
    }
}

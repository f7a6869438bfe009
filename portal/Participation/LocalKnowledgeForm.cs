using System.Globalization;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Participation;

/// <summary>
/// The Ortswissen form: category, title, text and either a point (latitude and longitude, which a click on the map
/// fills in) or a Sozialraum chosen from the list, for keyboard users and without JavaScript.
/// </summary>
public sealed record LocalKnowledgeForm(
    string ReturnUrl,
    IReadOnlyList<KeyName> Spaces,
    string? SocialSpace,
    string? Category = null,
    string? Title = null,
    string? Text = null,
    string? Latitude = null,
    string? Longitude = null,
    IReadOnlyDictionary<string, string>? Errors = null)
{
    public const int MaxTitleLength = 200;

    /// <summary>Whom the person writes as; without memberships the form offers no choice.</summary>
    public PostAs PostAs { get; init; } = PostAs.Oneself;

    /// <summary>The form's element id; the profile's map fills in its point (wwwroot/js/maps.js).</summary>
    public const string FormId = "ortswissen-formular";

    public static readonly IReadOnlyList<(string Value, string Label)> Categories =
    [
        ("MEETING_PLACE", "Treffpunkt"),
        ("PROBLEM", "Problem"),
        ("IDEA", "Idee"),
        ("MISSING_OFFERING", "Fehlendes Angebot"),
    ];

    public static string CategoryLabel(LocalKnowledgeCategory? category) => category switch
    {
        LocalKnowledgeCategory.MeetingPlace => "Treffpunkt",
        LocalKnowledgeCategory.Problem => "Problem",
        LocalKnowledgeCategory.Idea => "Idee",
        LocalKnowledgeCategory.MissingOffering => "Fehlendes Angebot",
        _ => "Ortswissen",
    };

    /// <summary>The fields the form shows messages beside; messages about other fields go above the form.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "category", "title", "text", "socialSpace", "latitude", "longitude", PostAs.Field,
    };

    public string? Error(string field) => Errors?.GetValueOrDefault(field);

    /// <summary>Coordinates typed that are not numbers (the API only sees numbers).</summary>
    public Dictionary<string, string> NumberErrors()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(Latitude) && Number(Latitude) is null)
        {
            errors["latitude"] = "Die Breite ist keine Zahl, z. B. 49,3137.";
        }

        if (!string.IsNullOrWhiteSpace(Longitude) && Number(Longitude) is null)
        {
            errors["longitude"] = "Die Länge ist keine Zahl, z. B. 6,7523.";
        }

        return errors;
    }

    /// <summary>As the API's <c>PostLocalKnowledgeInput</c>; a point, when given, wins over the chosen Sozialraum.</summary>
    public object ToInput()
    {
        var latitude = Number(Latitude);
        var longitude = Number(Longitude);
        var point = latitude is not null || longitude is not null;
        return new
        {
            category = Categories.Any(c => c.Value == Category) ? Category : Categories[0].Value,
            title = Title ?? "",
            text = Text ?? "",
            latitude,
            longitude,
            socialSpace = point ? null : SocialSpace,
            organizationId = PostAs.OrganizationId,
        };
    }

    /// <summary>A coordinate as the form takes it: German decimal comma, five places (about a metre).</summary>
    public static string Coordinate(double value) => value.ToString("F5", CultureInfo.GetCultureInfo("de-DE"));

    private static double? Number(string? value) =>
        double.TryParse(value?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}

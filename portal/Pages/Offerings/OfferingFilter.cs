using Microsoft.AspNetCore.Mvc;

namespace SozialHub.Portal.Pages.Offerings;

/// <summary>
/// The search form's GET parameters (German names, so the address reads well and works without JavaScript) and
/// how they become the API's <c>where</c> and <c>search</c>.
/// </summary>
public sealed class OfferingFilter
{
    public const int MaxAge = 120;

    /// <summary>Languages people ask for in the city (ISO 639-1 → German name).</summary>
    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["de"] = "Deutsch", ["en"] = "Englisch", ["fr"] = "Französisch", ["tr"] = "Türkisch", ["ar"] = "Arabisch",
        ["ru"] = "Russisch", ["uk"] = "Ukrainisch", ["pl"] = "Polnisch", ["it"] = "Italienisch", ["fa"] = "Persisch",
    };

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "handlungsfeld")]
    public string? ActionField { get; set; }

    [FromQuery(Name = "zielgruppe")]
    public string? TargetGroup { get; set; }

    [FromQuery(Name = "sozialraum")]
    public string? SocialSpace { get; set; }

    [FromQuery(Name = "alter")]
    public string? Age { get; set; }

    [FromQuery(Name = "sprache")]
    public string? Language { get; set; }

    [FromQuery(Name = "kostenlos")]
    public bool Free { get; set; }

    [FromQuery(Name = "jetzt-offen")]
    public bool OpenNow { get; set; }

    /// <summary>The age as a number in 0–120, or null (empty or not a valid age: see <see cref="AgeProblem"/>).</summary>
    public int? AgeValue => int.TryParse(Age, out var age) && age is >= 0 and <= MaxAge ? age : null;

    public string? AgeProblem => string.IsNullOrWhiteSpace(Age) || AgeValue is not null ? null : $"Bitte ein Alter von 0 bis {MaxAge} Jahren eingeben.";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && ActionField is null && TargetGroup is null && SocialSpace is null
        && AgeValue is null && Language is null && !Free && !OpenNow;

    public object Where()
    {
        var where = new Dictionary<string, object>();
        AddEq(where, "actionField", ActionField);
        AddEq(where, "targetGroup", TargetGroup);
        AddEq(where, "socialSpace", SocialSpace);
        AddEq(where, "language", Language);
        if (Free)
        {
            where["costKind"] = new { eq = "FREE" };
        }

        return where;
    }

    public object Search() => new { text = Text?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 200)] : null, age = AgeValue, openNow = OpenNow };

    /// <summary>The same filter as query parameters, for the next page's link.</summary>
    public Dictionary<string, string?> RouteValues(string? after) => new()
    {
        ["q"] = Text, ["handlungsfeld"] = ActionField, ["zielgruppe"] = TargetGroup, ["sozialraum"] = SocialSpace, ["alter"] = Age,
        ["sprache"] = Language, ["kostenlos"] = Free ? "true" : null, ["jetzt-offen"] = OpenNow ? "true" : null, ["nach"] = after,
    };

    private static void AddEq(Dictionary<string, object> where, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where[field] = new { eq = value };
        }
    }
}

namespace SozialHub.Portal.Participation;

/// <summary>
/// What a discussion is about, written as the pages name it: <c>action-field:bildung</c> or
/// <c>social-space:roden-nord</c>.
/// </summary>
public sealed record DiscussionTarget(string? ActionField, string? SocialSpace)
{
    private const string ActionFieldPrefix = "action-field:";
    private const string SocialSpacePrefix = "social-space:";

    public string Name => ActionField is not null ? ActionFieldPrefix + ActionField : SocialSpacePrefix + SocialSpace;

    public static DiscussionTarget? Parse(string? name) => name switch
    {
        not null when name.StartsWith(ActionFieldPrefix, StringComparison.Ordinal) && name.Length > ActionFieldPrefix.Length
            => new DiscussionTarget(name[ActionFieldPrefix.Length..], null),
        not null when name.StartsWith(SocialSpacePrefix, StringComparison.Ordinal) && name.Length > SocialSpacePrefix.Length
            => new DiscussionTarget(null, name[SocialSpacePrefix.Length..]),
        _ => null,
    };
}

/// <summary>What the person was looking at (the page's query string): sent with a post so planners know.</summary>
public sealed record ViewingContext(string? SocialSpace, string? Indicator, int? Year)
{
    public const string SocialSpaceField = "sozialraum";
    public const string IndicatorField = "indikator";
    public const string YearField = "jahr";

    public bool IsEmpty => SocialSpace is null && Indicator is null && Year is null;

    /// <summary>From a query string or a form; unusable values are left out rather than refused.</summary>
    public static ViewingContext From(Func<string, string?> read, string? socialSpace = null) => new(
        Key(read(SocialSpaceField)) ?? socialSpace,
        Key(read(IndicatorField)),
        int.TryParse(read(YearField), out var year) && year is >= 1900 and <= 2200 ? year : null);

    /// <summary>As the API's <c>ContributionContextInput</c>, or null.</summary>
    public object? ToInput() => IsEmpty ? null : new { socialSpace = SocialSpace, indicator = Indicator, year = Year };

    public IEnumerable<KeyValuePair<string, string?>> Fields() =>
    [
        new(SocialSpaceField, SocialSpace),
        new(IndicatorField, Indicator),
        new(YearField, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static string? Key(string? value) =>
        value is { Length: > 0 and <= 100 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value : null;
}

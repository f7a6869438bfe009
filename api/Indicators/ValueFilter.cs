using GraphQL;

namespace SozialHub.Api.Indicators;

/// <summary>The arguments a values field takes; its text names the batch loader, so equal filters share one query.</summary>
internal sealed record ValueFilter(string? IndicatorKey, string? SocialSpaceKey, int? FromYear, int? ToYear)
{
    /// <summary>Only these indicators (keys joined by commas, so that the record's text still names the loader).</summary>
    public string? IndicatorKeys { get; init; }

    public static string? JoinKeys(IEnumerable<string>? keys) =>
        keys is null ? null : string.Join(',', keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static ValueFilter From(IResolveFieldContext context, string? indicatorKey = null, string? socialSpaceKey = null) =>
        new(indicatorKey, socialSpaceKey, context.GetArgument<int?>("fromYear"), context.GetArgument<int?>("toYear"));

    public IQueryable<IndicatorValue> Apply(IQueryable<IndicatorValue> values)
    {
        if (IndicatorKey is not null)
        {
            values = values.Where(v => v.Indicator.Key == IndicatorKey);
        }

        if (IndicatorKeys?.Split(',') is { } keys)
        {
            values = values.Where(v => keys.Contains(v.Indicator.Key));
        }

        if (SocialSpaceKey is not null)
        {
            values = values.Where(v => v.SocialSpace.Key == SocialSpaceKey);
        }

        if (FromYear is { } from)
        {
            values = values.Where(v => v.Year >= from);
        }

        if (ToYear is { } to)
        {
            values = values.Where(v => v.Year <= to);
        }

        return values;
    }
}

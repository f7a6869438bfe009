using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>A heat-table cell: its colour class and the words that say the same (colour never carries meaning alone).</summary>
public sealed record HeatCell(string CssClass, string Word);

/// <summary>How far a space lies from the city, judged by the indicator's polarity; context indicators are not judged.</summary>
public static class Heat
{
    /// <summary>Within this share of the city value a space counts as about equal.</summary>
    public const double EvenBand = 0.05;

    /// <summary>From this share of the city value on, a deviation is marked as clear.</summary>
    public const double StrongBand = 0.25;

    public static HeatCell Of(double? deviation, double? cityValue, Polarity polarity)
    {
        if (deviation is not { } d)
        {
            return new("heat heat--none", "");
        }

        var relative = cityValue is { } c && c != 0 ? Math.Abs(d / c) : d == 0 ? 0 : 1;
        if (relative < EvenBand)
        {
            return new("heat heat--even", "etwa wie die Stadt");
        }

        if (polarity == Polarity.Context)
        {
            return d > 0 ? new("heat heat--higher", "höher als die Stadt") : new("heat heat--lower", "niedriger als die Stadt");
        }

        var worse = d > 0 == (polarity == Polarity.HigherIsWorse);
        var strong = relative >= StrongBand;
        return (worse, strong) switch
        {
            (true, true) => new("heat heat--worse-2", "deutlich ungünstiger"),
            (true, false) => new("heat heat--worse-1", "ungünstiger"),
            (false, true) => new("heat heat--better-2", "deutlich günstiger"),
            _ => new("heat heat--better-1", "günstiger"),
        };
    }
}

using System.ComponentModel;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

[Description("The dynamics class of the social index (methods.md §4).")]
public enum DynamicsClass
{
    [Description("positiv: the burden falls more than elsewhere.")]
    Positive,

    [Description("stabil.")]
    Stable,

    [Description("negativ: the burden rises more than elsewhere.")]
    Negative,
}

/// <summary>One space in the social index of a year. <see cref="Confidential"/>: a status value it rests on is suppressed.</summary>
public sealed record SocialIndexEntry(
    int SpaceId, int Year, bool Eligible, double? StatusScore, double? DynamicsScore, int? StatusClass, DynamicsClass? DynamicsClass,
    bool Confidential, Computation Computation, Computation PublicComputation)
{
    /// <summary>Combined class as the maps write it, e.g. <c>4−</c>: status class and dynamics sign (+, ±, −).</summary>
    public string? CombinedClass => StatusClass is { } status && DynamicsClass is { } dynamics
        ? $"{status}{dynamics switch { Analytics.DynamicsClass.Positive => "+", Analytics.DynamicsClass.Stable => "±", _ => "−" }}"
        : null;

    public bool Withheld { get; private init; }

    /// <summary>
    /// For callers without the planner role the scores of a confidential entry are withheld: with the other spaces'
    /// published values a score would give the suppressed value back. The classes stay, as on the published map.
    /// </summary>
    public SocialIndexEntry ForPublic() => Confidential
        ? this with { StatusScore = null, DynamicsScore = null, Computation = PublicComputation, Withheld = true }
        : this;
}

/// <summary>The spaces of the programme "Soziale Stadt / Sozialer Zusammenhalt", or the rest, side by side.</summary>
public sealed record SocialIndexGroup(
    string Key, string Name, bool SocialCityArea, int SpaceCount, int EligibleCount, double? MeanStatusScore, double? MeanDynamicsScore,
    IReadOnlyList<SocialIndexGroupValue> Values, bool Confidential, Computation Computation)
{
    /// <summary>With one score withheld, a group mean would give it back: the means go too.</summary>
    public SocialIndexGroup ForPublic() => Confidential ? this with { MeanStatusScore = null, MeanDynamicsScore = null } : this;
}

/// <summary>A status indicator for a group: sums of numerators over sums of denominators of its spaces.</summary>
public sealed record SocialIndexGroupValue(Indicator Indicator, AggregateValue? Value);

/// <param name="PublicComputation">Leaves out the mean and deviation of an indicator with a suppressed value in the index.</param>
public sealed record SocialIndex(
    int Year, IReadOnlyList<SocialIndexEntry> Entries, IReadOnlyList<SocialIndexGroup> Groups, Computation Computation, Computation PublicComputation)
{
    public SocialIndex ForPublic() => this with
    {
        Entries = [.. Entries.Select(e => e.ForPublic())],
        Groups = [.. Groups.Select(g => g.ForPublic())],
        Computation = PublicComputation,
    };
}

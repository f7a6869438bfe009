using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>The German names of the social index classes (methods.md §4): status by the social status, 4 the most burdened.</summary>
public static class SocialIndexLabels
{
    public static readonly IReadOnlyList<int> StatusClasses = [1, 2, 3, 4];

    public static string Status(int? statusClass) => statusClass switch
    {
        1 => "hoch",
        2 => "mittel",
        3 => "niedrig",
        4 => "sehr niedrig",
        _ => Format.Missing,
    };

    public static string Dynamics(DynamicsClass? dynamics) => dynamics switch
    {
        DynamicsClass.Positive => "positiv",
        DynamicsClass.Stable => "stabil",
        DynamicsClass.Negative => "negativ",
        _ => Format.Missing,
    };

    /// <summary>A score with two decimals and its sign, e.g. <c>−0,88</c>.</summary>
    public static string Score(double? score) => score is { } s ? s.ToString("+0.00;−0.00;0.00", Format.German) : Format.Missing;

    /// <summary>The combined class in words, e.g. <c>4− (Status sehr niedrig, Dynamik negativ)</c>.</summary>
    public static string Combined(SocialIndexEntry entry) => entry.CombinedClass is { } combined
        ? $"{combined} (Status {Status(entry.StatusClass)}, Dynamik {Dynamics(entry.DynamicsClass)})"
        : "nicht im Index";
}

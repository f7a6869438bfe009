using System.Globalization;

namespace SozialHub.Api.Analytics;

/// <summary>How a figure was computed, so that a planner can explain it: method, parameters and inputs (German).</summary>
public sealed record Computation(string Method, IReadOnlyList<ComputationParameter> Parameters, IReadOnlyList<string> Inputs);

public sealed record ComputationParameter(string Name, string Value);

/// <summary>Numbers as the German texts of computations write them.</summary>
internal static class GermanNumber
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Format(double? number, string format = "#,##0.##") => number?.ToString(format, German) ?? "–";

    public static ComputationParameter Parameter(string name, double value) => new(name, Format(value));
}

using System.ComponentModel;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

[Description("Why a value is not published to callers without the planner role (methods.md §3).")]
public enum SuppressionReason
{
    [Description("Published.")]
    None,

    [Description("Primary suppression: a count below the indicator's threshold (a rate follows its numerator and denominator).")]
    Primary,

    [Description("Secondary suppression: the only suppressed cell of its district could otherwise be recomputed from the published district total.")]
    Secondary,
}

/// <summary>
/// Small-number suppression of one indicator in one year over all social spaces (methods.md §3). The published totals
/// are the district values (and the city value, their sum), so a district is the group in which a lone suppressed
/// cell would be recomputable: then the next smallest cell of that district is suppressed too.
/// </summary>
public static class Suppression
{
    /// <summary>
    /// A count is small when it is not zero and its size is below the threshold (0 turns suppression off). Zero is
    /// published, as the Federal Employment Agency does; a negative balance (net migration) counts by its size.
    /// </summary>
    public static bool IsSmall(double count, int threshold) => count != 0 && Math.Abs(count) < threshold;

    /// <summary>The counts data protection looks at: a count indicator's value, a rate's numerator and denominator.</summary>
    public static IEnumerable<double> CountsOf(Indicator indicator, Cell cell)
    {
        if (indicator.IsRate)
        {
            return new[] { cell.Numerator, cell.Denominator }.OfType<double>();
        }

        return indicator.Unit == IndicatorUnit.Count ? [cell.Value] : [];
    }

    /// <summary>The reason per social space for the cells of one indicator and one year; cells not listed are published.</summary>
    public static Dictionary<int, SuppressionReason> Apply(Indicator indicator, IEnumerable<Cell> cellsOfOneYear)
    {
        var cells = cellsOfOneYear.ToList();
        var result = new Dictionary<int, SuppressionReason>();
        foreach (var cell in cells.Where(c => CountsOf(indicator, c).Any(n => IsSmall(n, indicator.SuppressionThreshold))))
        {
            result[cell.SpaceId] = SuppressionReason.Primary;
        }

        foreach (var district in cells.GroupBy(c => c.DistrictId))
        {
            var hidden = district.Where(c => result.ContainsKey(c.SpaceId)).ToList();
            if (hidden.Count != 1)
            {
                continue;
            }

            var size = SizeOf(indicator, hidden[0]);
            var next = district.Where(c => !result.ContainsKey(c.SpaceId))
                .OrderBy(c => size(c) ?? double.MaxValue).ThenBy(c => c.SpaceId)
                .FirstOrDefault();
            if (next is not null)
            {
                result[next.SpaceId] = SuppressionReason.Secondary;
            }
        }

        return result;
    }

    /// <summary>"Next smallest" by the count that made the hidden cell small: a rate's numerator, else its denominator.</summary>
    private static Func<Cell, double?> SizeOf(Indicator indicator, Cell hidden)
    {
        if (!indicator.IsRate)
        {
            return c => Math.Abs(c.Value);
        }

        return hidden.Numerator is { } n && IsSmall(n, indicator.SuppressionThreshold)
            ? c => c.Numerator is { } x ? Math.Abs(x) : null
            : c => c.Denominator;
    }
}

using SozialHub.Api.Analytics;
using static SozialHub.Api.Tests.Analytics.Examples;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>Primary and secondary small-number suppression (methods.md §3) on hand-made districts, threshold 3.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void A_rate_follows_a_small_numerator_or_denominator_and_a_lone_suppressed_cell_takes_the_next_smallest_with_it()
    {
        Cell[] cells =
        [
            // District 1: space 1 has 2 cases (primary); it alone could be recomputed from the district total,
            // so the next smallest numerator (space 3: 5) is suppressed too, not space 2 (10).
            RateCell(1, 1, 2024, 2, 50), RateCell(2, 1, 2024, 10, 100), RateCell(3, 1, 2024, 5, 40),
            // District 2: two small numerators protect each other; space 6 stays published.
            RateCell(4, 2, 2024, 1, 30), RateCell(5, 2, 2024, 2, 20), RateCell(6, 2, 2024, 7, 70),
            // District 3: a denominator of 2 suppresses the rate (0 cases are published); the next smallest
            // denominator (space 9: 10, not space 8: 80) goes with it.
            RateCell(7, 3, 2024, 0, 2), RateCell(8, 3, 2024, 4, 80), RateCell(9, 3, 2024, 6, 10),
            // District 4: zero cases are published.
            RateCell(10, 4, 2024, 0, 100), RateCell(11, 4, 2024, 50, 100),
        ];

        var reasons = Suppression.Apply(Rate(), cells);

        Assert.Equal(
            new Dictionary<int, SuppressionReason>
            {
                [1] = SuppressionReason.Primary, [3] = SuppressionReason.Secondary,
                [4] = SuppressionReason.Primary, [5] = SuppressionReason.Primary,
                [7] = SuppressionReason.Primary, [9] = SuppressionReason.Secondary,
            },
            reasons);
    }

    [Fact]
    public void Counts_are_suppressed_by_their_size_and_a_threshold_of_zero_turns_suppression_off()
    {
        // A balance of −2 is as small as 2; −5 is not.
        Cell[] cells = [CountCell(1, 1, 2024, 2), CountCell(2, 1, 2024, 9), CountCell(3, 1, 2024, 8), CountCell(4, 2, 2024, -2), CountCell(5, 2, 2024, -5)];

        var reasons = Suppression.Apply(Count(), cells);
        var off = Suppression.Apply(Count(threshold: 0), cells);

        Assert.Equal(
            new Dictionary<int, SuppressionReason>
            {
                [1] = SuppressionReason.Primary, [3] = SuppressionReason.Secondary, [4] = SuppressionReason.Primary, [5] = SuppressionReason.Secondary,
            },
            reasons);
        Assert.Empty(off);
    }

    [Fact]
    public void A_lone_space_in_its_district_has_no_partner_to_suppress()
    {
        var reasons = Suppression.Apply(Rate(), [RateCell(1, 1, 2024, 1, 10)]);

        Assert.Equal(SuppressionReason.Primary, Assert.Single(reasons).Value);
    }
}

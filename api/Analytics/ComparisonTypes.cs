using GraphQL;
using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Analytics;

public sealed class ComputationType : ObjectGraphType<Computation>
{
    public ComputationType()
    {
        Name = "Computation";
        Description = "How a figure was computed, so that a planner can explain it (German).";
        Field(c => c.Method).Description("The method, e.g. `Vergleich mit dem Stadtwert, Veränderung und Rang (Methoden §2)`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComputationParameterType>>>>("parameters")
            .Description("The parameters used (configuration `Analytics:*`, the indicator's threshold).").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("inputs")
            .Description("The inputs, e.g. `Stadtwert 2024: Summe der Zähler … über 28 Sozialräume`.").Resolve(c => c.Source.Inputs);
    }
}

public sealed class ComputationParameterType : ObjectGraphType<ComputationParameter>
{
    public ComputationParameterType()
    {
        Name = "ComputationParameter";
        Description = "One parameter of a computation.";
        Field(p => p.Name).Description("The parameter (German).");
        Field(p => p.Value).Description("Its value as used.");
    }
}

public sealed class IndicatorChangeType : ObjectGraphType<IndicatorChange>
{
    public IndicatorChangeType()
    {
        Name = "IndicatorChange";
        Description = "The change of a space's value over a window of years ending in the comparison year (methods.md §2).";
        Field(c => c.Years).Description("The window in years (default 1, 3 and 5).");
        Field(c => c.Change, nullable: true)
            .Description("Percentage points (points of the unit) for rates, percent of the earlier value for counts; null without enough data or when suppressed.");
        Field(c => c.Relative).Description("The change is relative (percent), as for counts.");
        Field<NonNullGraphType<EnumerationGraphType<TrendDirection>>>("direction").Description("The direction word.").Resolve(c => c.Source.Direction);
    }
}

public sealed class IndicatorComparisonType : ObjectGraphType<Comparison>
{
    public IndicatorComparisonType()
    {
        Name = "IndicatorComparison";
        Description = "A space's value of an indicator in a year beside the city: deviation, ratio, changes, direction and rank (methods.md §2, §3).";
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("The indicator.").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<SocialSpaceType>>("socialSpace").Description("The social space.")
            .Resolve(c => c.LoadById<SocialSpace>(c.Source.SpaceId));
        Field(c => c.Year).Description("The year.");
        Field(c => c.Value, nullable: true).Description("The space's value; null when there is none or it is suppressed for the caller.");
        Field(c => c.CityValue, nullable: true).Description("The city value: sums of numerators over sums of denominators (counts: the sum).");
        Field<AggregateValueType>("city").Description("The city value with how it was computed.").Resolve(c => c.Source.City);
        Field(c => c.Deviation, nullable: true).Description("Value − city value (percentage points for rates).");
        Field(c => c.Ratio, nullable: true).Description("Value ÷ city value.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorChangeType>>>>("changes")
            .Description("Changes over the configured windows (default 1, 3, 5 years).").Resolve(c => c.Source.Changes)
            .WithComplexityImpact(1, 5); // the configured windows, a handful

        Field<NonNullGraphType<IndicatorChangeType>>("trend")
            .Description("The change that gives `direction` (window `Analytics:TrendWindow`, default 5 years).").Resolve(c => c.Source.Trend);
        Field<NonNullGraphType<EnumerationGraphType<TrendDirection>>>("direction")
            .Description("The direction word of the trend: IMPROVING, STABLE, WORSENING; UP or DOWN for context indicators.").Resolve(c => c.Source.Trend.Direction);
        Field(c => c.Rank, nullable: true).Description("Rank among the spaces with a (published) value; 1 = most burdened.");
        Field(c => c.RankCount, nullable: true).Description("How many spaces are ranked.");
        Field("suppressed", c => c.Withheld).Description("The value and the figures derived from it are withheld from this caller (small numbers).");
        Field(c => c.Confidential).Description("Small-number suppression applies: planners see the value, the public does not.");
        Field<EnumerationGraphType<SuppressionReason>>("suppression").Description("Why the value is suppressed (NONE when published).")
            .Resolve(c => c.Source.Suppression);
        Field(c => c.SmallPopulation).Description("Fewer inhabitants than `Analytics:SmallPopulation` (300): values are unstable; not in the social index.");
        Field<NonNullGraphType<ComputationType>>("computation").Description("How it was computed.").Resolve(c => c.Source.Computation);
    }
}

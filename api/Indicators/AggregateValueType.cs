using GraphQL.Types;

namespace SozialHub.Api.Indicators;

public sealed class AggregateValueType : ObjectGraphType<AggregateValue>
{
    public AggregateValueType()
    {
        Name = "AggregateValue";
        Description = "An indicator for a district or the city in one year, computed from its social spaces, with how it was computed.";
        Field(a => a.Year).Description("The year (as of 31 December).");
        Field(a => a.Value, nullable: true).Description("The aggregate; null when it cannot be computed honestly (see `problem`).");
        Field<NonNullGraphType<EnumerationGraphType<AggregationMethod>>>("method").Description("How the value is computed.")
            .Resolve(c => c.Source.Method);
        Field<EnumerationGraphType<AggregateProblem>>("problem").Description("Why there is no value; null when there is one.")
            .Resolve(c => c.Source.Problem);
        Field(a => a.InputCount).Description("Social spaces with a value for the year.");
        Field(a => a.SpaceCount).Description("Social spaces in the area.");
        Field(a => a.Sum, nullable: true).Description("For counts: the sum of the values.");
        Field(a => a.Numerator, nullable: true).Description("For rates: the sum of the numerators.");
        Field(a => a.Denominator, nullable: true).Description("For rates: the sum of the denominators.");
        Field(a => a.Scale).Description("The factor of a rate (100 for %, 1000 for per 1,000).");
        Field(a => a.Explanation).Description("The computation in words, for planners (German).");
    }
}

using GraphQL;
using GraphQL.Types;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Analytics;

public sealed class SocialIndexType : ObjectGraphType<SocialIndex>
{
    public SocialIndexType()
    {
        Name = "SocialIndex";
        Description = "The composite social index of a year: status and dynamics per social space (methods.md §4).";
        Field(i => i.Year).Description("The year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialIndexEntryType>>>>("entries").Description("One entry per social space.")
            .Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialIndexGroupType>>>>("groups")
            .Description("The Soziale-Stadt spaces beside the rest of the city.").Resolve(c => c.Source.Groups)
            .WithComplexityImpact(1, 2); // always two groups, not a page

        Field<NonNullGraphType<ComputationType>>("computation").Description("How it was computed: means and deviations per indicator.")
            .Resolve(c => c.Source.Computation);
    }
}

public sealed class SocialIndexEntryType : ObjectGraphType<SocialIndexEntry>
{
    public SocialIndexEntryType()
    {
        Name = "SocialIndexEntry";
        Description = "A social space in the social index of a year.";
        Field<NonNullGraphType<SocialSpaceType>>("socialSpace").Description("The social space.").Resolve(c => c.LoadById<SocialSpace>(c.Source.SpaceId));
        Field(e => e.Year).Description("The year.");
        Field(e => e.StatusScore, nullable: true).Description("Mean of the status z-values (higher = more burden); null when not eligible or withheld.");
        Field(e => e.DynamicsScore, nullable: true).Description("Mean of the z-values of the status indicators' changes in percentage points.");
        Field(e => e.StatusClass, nullable: true).Description("1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig (social status; 4 = most burdened).");
        Field<EnumerationGraphType<DynamicsClass>>("dynamicsClass").Description("positiv, stabil or negativ.").Resolve(c => c.Source.DynamicsClass);
        Field(e => e.CombinedClass, nullable: true).Description("Status class and dynamics sign, e.g. `4−` (+ positiv, ± stabil, − negativ).");
        Field(e => e.Eligible).Description("In the index: enough inhabitants (`Analytics:SmallPopulation`) and all status values.");
        Field("suppressed", e => e.Withheld).Description("The scores are withheld from this caller: they rest on a suppressed value.");
        Field(e => e.Confidential).Description("A status value the entry rests on is suppressed for the public.");
        Field<NonNullGraphType<ComputationType>>("computation").Description("How it was computed: values and z-values.").Resolve(c => c.Source.Computation);
    }
}

public sealed class SocialIndexGroupType : ObjectGraphType<SocialIndexGroup>
{
    public SocialIndexGroupType()
    {
        Name = "SocialIndexGroup";
        Description = "The spaces of the programme Soziale Stadt / Sozialer Zusammenhalt, or the rest of the city.";
        Field(g => g.Key).Description("`social-city` or `other`.");
        Field(g => g.Name).Description("German name.");
        Field(g => g.SocialCityArea).Description("The Soziale-Stadt group.");
        Field(g => g.SpaceCount).Description("Social spaces in the group.");
        Field(g => g.EligibleCount).Description("Of them in the index.");
        Field(g => g.MeanStatusScore, nullable: true).Description("Mean status score of the group's spaces in the index.");
        Field(g => g.MeanDynamicsScore, nullable: true).Description("Mean dynamics score of the group's spaces in the index.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialIndexGroupValueType>>>>("values")
            .Description("The status indicators for the group: sums of numerators over sums of denominators.").Resolve(c => c.Source.Values)
            .WithComplexityImpact(1, 10); // the configured status indicators, a handful

        Field<NonNullGraphType<ComputationType>>("computation").Description("How it was computed.").Resolve(c => c.Source.Computation);
    }
}

public sealed class SocialIndexGroupValueType : ObjectGraphType<SocialIndexGroupValue>
{
    public SocialIndexGroupValueType()
    {
        Name = "SocialIndexGroupValue";
        Description = "A status indicator aggregated over a group of spaces.";
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("The indicator.").Resolve(c => c.Source.Indicator);
        Field<AggregateValueType>("value").Description("The group's value with how it was computed.").Resolve(c => c.Source.Value);
    }
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Indicators;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Districts;

public sealed class DistrictType : EntityGraphType<District>, IHasListFields
{
    public DistrictType()
        : base("A Stadtteil: an official part of the city, made of social spaces.")
    {
        Field(d => d.Key).Description("Stable key, e.g. `roden`.");
        Field(d => d.Name).Description("German name, e.g. Roden.");
        Field(d => d.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialSpaceType>>>>("socialSpaces")
            .Description("The district's social spaces, by name.")
            .Resolve(context => context.LoadChildren("socialSpacesByDistrict", context.Source.Id,
                ids => context.Db().SocialSpaces.Where(s => ids.Contains(s.DistrictId)).OrderBy(s => s.Name), s => s.DistrictId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateValueType>>>>("values")
            .Description("An indicator for the whole district per year, aggregated from its social spaces (methods.md §1).")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "The indicator (key).")
            .Argument<IntGraphType>("fromYear", "First year, inclusive.")
            .Argument<IntGraphType>("toYear", "Last year, inclusive.")
            .Resolve(context => IndicatorAggregates.OfDistrict(
                context, context.GetArgument<string>("indicator"), context.GetArgument<int?>("fromYear"), context.GetArgument<int?>("toYear")));
    }

    public static IListFields ListFields { get; } = new ListFields<District>()
        .Field("key", d => d.Key, "Stable key.")
        .Field("name", d => d.Name, "German name.")
        .OrderByDefault("name");
}

internal sealed class DistrictQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<DistrictType, District>("districts", "The Stadtteile, by name unless ordered otherwise.", context => context.Db().Districts);
        query.Field<DistrictType>("district")
            .Description("One Stadtteil by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The district's key.")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, context.CancellationToken);
            });
    }
}

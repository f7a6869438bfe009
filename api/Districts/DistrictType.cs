using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Districts;

public sealed class DistrictType : ObjectGraphType<District>
{
    public DistrictType()
    {
        Name = "District";
        Description = "A Stadtteil: an official part of the city, made of social spaces.";
        Field(d => d.Key).Description("Stable key, e.g. `roden`.");
        Field(d => d.Name).Description("German name, e.g. Roden.");
        Field(d => d.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialSpaceType>>>>("socialSpaces")
            .Description("The district's social spaces, by name.")
            .Resolve(context => context.Loaders()
                .Get<int, SocialSpace[]>("socialSpacesByDistrict", (ids, ct) => context.Db().SocialSpaces
                    .Where(s => ids.Contains(s.DistrictId)).OrderBy(s => s.Name)
                    .GroupByParentAsync(s => s.DistrictId, ids, ct))
                .Load(context.Source.Id));
    }
}

internal sealed class DistrictQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts")
            .Description("All Stadtteile, by name.")
            .ResolveAsync(async context => await context.Db().Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(context.CancellationToken));
        query.Field<DistrictType>("district")
            .Description("One Stadtteil by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, context.CancellationToken);
            });
    }
}

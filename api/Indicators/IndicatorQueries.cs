using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;

namespace SozialHub.Api.Indicators;

internal sealed class IndicatorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<IndicatorType, Indicator>("indicators", "The indicator catalogue, by name unless ordered otherwise; retired indicators only when asked for.",
                context => context.GetArgument<bool?>("includeRetired") == true
                    ? context.Db().Indicators
                    : context.Db().Indicators.Where(i => i.RetiredAt == null))
            .Argument<BooleanGraphType>("includeRetired", "Also retired indicators.");
        query.Field<IndicatorType>("indicator")
            .Description("One indicator by key.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The indicator's key.")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                return await context.Db().Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Key == key, context.CancellationToken);
            });
        query.Connection<IndicatorValueType, IndicatorValue>("indicatorValues",
            "Indicator values of all social spaces, e.g. `where: { indicator: { eq: \"sgb2_share\" }, year: { gte: 2020 } }`.",
            context => context.Db().IndicatorValues);
    }
}

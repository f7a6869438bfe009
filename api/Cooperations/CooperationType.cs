using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.ActionFields;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Cooperations;

public sealed class CooperationType : EntityGraphType<Cooperation>, IHasListFields
{
    public CooperationType()
        : base("A Kooperation between two organisations (methods.md §8); it counts only when both confirmed it.")
    {
        Field<NonNullGraphType<EnumerationGraphType<CooperationForm>>>("form").Description("The form of the cooperation.").Resolve(c => c.Source.Form);
        Field(c => c.Intensity).Description("Intensity from 1 (loose) to 3 (close).");
        Field<NonNullGraphType<EnumerationGraphType<Formality>>>("formality").Description("How formally it is agreed.").Resolve(c => c.Source.Formality);
        Field(c => c.Since, nullable: true).Description("Since when.");
        Field(c => c.Until, nullable: true).Description("Until when; open-ended when null.");
        Field(c => c.Description).Description("Description (Markdown).");
        Field(c => c.ProposerConfirmedAt, nullable: true).Description("When the proposing organisation confirmed it.");
        Field(c => c.PartnerConfirmedAt, nullable: true).Description("When the partner organisation confirmed it.");
        Field(c => c.IsConfirmed).Description("Both sides confirmed it; only then does it count.");
        Field(c => c.DeclinedAt, nullable: true).Description("When the partner organisation declined it.");
        Field<NonNullGraphType<EnumerationGraphType<CooperationStatus>>>("status").Description("Proposed, confirmed or declined.")
            .Resolve(c => c.Source.Status);
        Field(c => c.UpdatedAt).Description("Time of the last change (UTC).");
        Field<NonNullGraphType<OrganizationType>>("proposer").Description("The organisation that proposed it.")
            .Resolve(context => context.LoadById<Organization>(context.Source.ProposerId));
        Field<NonNullGraphType<OrganizationType>>("partner").Description("The other organisation.")
            .Resolve(context => context.LoadById<Organization>(context.Source.PartnerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionFieldType>>>>("actionFields").Description("The action fields it serves, in their order.")
            .Resolve(context => context.LoadRelated<Cooperation, ActionField, int>(context.Source.Id, c => c.ActionFields, a => a.SortOrder));
    }

    public override IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id) =>
        context.Loaders()
            .Get<int, Cooperation>("Cooperation.visibleById", async (ids, ct) => await context.Db().Cooperations.VisibleTo(context).AsNoTracking()
                .Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct))
            .Load(id)
            .Then(c => (object?)c);

    public static IListFields ListFields { get; } = new ListFields<Cooperation>()
        .Reference<OrganizationType>("proposer", c => c.ProposerId, "The proposing organisation (global id).")
        .Reference<OrganizationType>("partner", c => c.PartnerId, "The partner organisation (global id).")
        .Field("form", c => c.Form, "The form.")
        .Field("intensity", c => c.Intensity, "Intensity 1–3.")
        .Field("formality", c => c.Formality, "How formally it is agreed.")
        .Any("actionField", c => c.ActionFields.Select(a => a.Key), "Its action fields (keys).")
        .Field("since", c => c.Since, "Since when.")
        .Field("until", c => c.Until, "Until when.")
        .Field("isConfirmed", c => c.ProposerConfirmedAt != null && c.PartnerConfirmedAt != null && c.DeclinedAt == null, "Both sides confirmed it.", sortable: false)
        .Field("isDeclined", c => c.DeclinedAt != null, "The partner declined it.", sortable: false);
}

internal sealed class CooperationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<CooperationType, Cooperation>("cooperations",
            "Cooperations between organisations, oldest first unless ordered otherwise; unconfirmed ones only for planners and the members of either organisation.",
            context => context.Db().Cooperations.VisibleTo(context));
}

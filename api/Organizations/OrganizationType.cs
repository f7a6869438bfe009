using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Facilities;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Organizations;

public sealed class OrganizationType : EntityGraphType<Organization>, IHasListFields
{
    public OrganizationType()
        : base("A Träger: a welfare organisation, association, school or city office (HSDS organization).")
    {
        Field(o => o.Name).Description("Name, e.g. AWO Ortsverein Roden.");
        Field(o => o.Description).Description("Description (Markdown).");
        Field(o => o.LegalStatus, nullable: true).Description("Legal form, e.g. e.V. or gGmbH.");
        Field(o => o.RegisterNumber, nullable: true).Description("Register number, e.g. VR 1234 (HSDS organization_identifier).");
        Field(o => o.Website, nullable: true).Description("Web address.");
        Field(o => o.Email, nullable: true).Description("Contact e-mail address.");
        Field(o => o.Phone, nullable: true).Description("Contact phone number.");
        Field<PostalAddressType>("address").Description("Postal address; null when none is known.")
            .Resolve(c => c.Source.Address.IsEmpty ? null : c.Source.Address);
        Field(o => o.IsVerified).Description("Planners checked that the organisation exists and who speaks for it.");
        OrganizationTeamFields.AddTo(this);
        Field(o => o.UpdatedAt).Description("Time of the last change (UTC).");
        Field<OrganizationType>("parentOrganization").Description("The umbrella association (Dachverband).")
            .Resolve(context => context.LoadById<Organization>(context.Source.ParentOrganizationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferingType>>>>("offerings").Description("The organisation's offerings, by name; drafts only for its members and planners.")
            .Resolve(context => context.LoadChildren("offeringsByOrganization", context.Source.Id,
                ids => context.Db().Offerings.VisibleTo(context).Where(o => ids.Contains(o.OrganizationId)).OrderBy(o => o.Name), o => o.OrganizationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocationType>>>>("locations").Description("The places the organisation maintains, by name.")
            .Resolve(context => context.LoadChildren("locationsByOrganization", context.Source.Id,
                ids => context.Db().Locations.Where(l => l.OrganizationId != null && ids.Contains(l.OrganizationId.Value)).OrderBy(l => l.Name),
                l => l.OrganizationId!.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacilityType>>>>("facilities").Description("The facilities the organisation runs, by name.")
            .Resolve(context => context.LoadChildren("facilitiesByOperator", context.Source.Id,
                ids => context.Db().Facilities.Where(f => f.OperatorId != null && ids.Contains(f.OperatorId.Value)).OrderBy(f => f.Name),
                f => f.OperatorId!.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationType>>>>("cooperations")
            .Description("Cooperations the organisation proposed or is partner in; unconfirmed ones only for planners and the members of either organisation.")
            .Resolve(context => context.Loaders()
                .Get<int, Cooperation[]>("cooperationsByOrganization", async (ids, ct) =>
                {
                    var rows = await context.Db().Cooperations.VisibleTo(context).AsNoTracking()
                        .Where(c => ids.Contains(c.ProposerId) || ids.Contains(c.PartnerId)).OrderBy(c => c.Id).ToListAsync(ct);
                    return ids.ToDictionary(id => id, id => rows.Where(c => c.ProposerId == id || c.PartnerId == id).ToArray());
                })
                .Load(context.Source.Id)
                .Then(rows => rows ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkType>>>>("networks").Description("The networks the organisation is a member of, by name.")
            .Resolve(context => context.LoadRelated<Organization, Network, string>(context.Source.Id, o => o.Networks, n => n.Name));
    }

    public static IListFields ListFields { get; } = new ListFields<Organization>()
        .Field("name", o => o.Name, "Name.")
        .Field("legalStatus", o => o.LegalStatus, "Legal form, e.g. e.V.")
        .Field("registerNumber", o => o.RegisterNumber, "Register number.")
        .Reference<OrganizationType>("parentOrganization", o => o.ParentOrganizationId, "The umbrella association (global id).")
        .Field("isVerified", o => o.IsVerified, "Verified by planners.", sortable: false)
        .Field("postalCode", o => o.Address.PostalCode, "Postleitzahl of the address.")
        .Field("city", o => o.Address.City, "City of the address.")
        .OrderByDefault("name");
}

internal sealed class OrganizationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<OrganizationType, Organization>("organizations", "The organisations (Träger), by name unless ordered otherwise.",
            context => context.Db().Organizations);
}

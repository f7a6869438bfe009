using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Editing;

/// <summary><c>editableOrganizations</c>: where the signed-in person is a member, for the portal's area of organisation members.</summary>
internal sealed class EditableOrganizationsQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("editableOrganizations")
            .Description("The organisations the signed-in person is a member of (and may edit), by name; empty for anyone else. Planners reach every organisation through `organizations`.")
            .WithComplexityImpact(1, 3) // a person acts for a handful of organisations, not a page of 50
            .ResolveAsync(async context =>
            {
                var subject = context.OrganizationAccess().SubjectOf(context.User);
                return subject is null
                    ? []
                    : await context.Db().Organizations.AsNoTracking()
                        .Where(o => context.Db().OrganizationMembers.Any(m => m.OrganizationId == o.Id && m.Subject == subject))
                        .OrderBy(o => o.Name)
                        .ToListAsync(context.CancellationToken);
            });
}

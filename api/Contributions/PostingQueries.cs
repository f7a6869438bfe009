using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Contributions;

/// <summary>What a form for posting needs to know about the caller: the organisations they may write as.</summary>
internal sealed class PostingQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("organizationsToPostAs")
            .Description("The organisations the signed-in person is a member of and may write as (`organizationId` of the post inputs), by name; empty for anyone else.")
            .ResolveAsync(async context =>
            {
                var ids = (await context.OrganizationAccess().MembershipsAsync(context.User, context.CancellationToken)).Keys.ToList();
                return await context.Db().Organizations.AsNoTracking()
                    .Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync(context.CancellationToken);
            });
}

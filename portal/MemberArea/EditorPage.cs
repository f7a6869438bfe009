using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.MemberArea;

/// <summary>What the location and facility forms share: loading the record with its owner, and the outcome of a save.</summary>
public static class EditorPage
{
    /// <summary>The form's data, or null when the organisation or the record is none (the page answers 404).</summary>
    public static async Task<TData?> LoadAsync<TData>(GraphQLClient graphQL, GraphQLOperation<TData> operation, string? owner, string? id, CancellationToken ct)
        where TData : class
    {
        try
        {
            return await graphQL.QueryAsync(operation, new { owner = owner ?? "", id = id ?? owner ?? "", existing = id is not null }, ct);
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    /// <summary>Creates (no id) or updates (id and version) and collects the messages; the saved record, or null.</summary>
    public static async Task<DirectoryPayload> SaveAsync(
        GraphQLClient graphQL, GraphQLOperation<DirectoryMutationData> create, GraphQLOperation<DirectoryMutationData> update,
        Dictionary<string, object?> input, string? id, int? version, FormErrors errors, CancellationToken ct)
    {
        if (id is not null)
        {
            input["id"] = id;
            input["version"] = version ?? 0;
        }

        var payload = (await graphQL.QueryAsync(id is null ? create : update, new { input }, ct)).Payload;
        errors.AddAll(payload.Errors);
        return payload;
    }
}

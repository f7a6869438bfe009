using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>The API beside identity, as the portal calls it: GraphQL with the person's access token, or anonymously.</summary>
internal static class HubApi
{
    /// <summary>Runs a GraphQL request and returns <c>data</c>; the test fails on errors.</summary>
    public static async Task<JsonElement> QueryAsync(ServiceProcess api, string query, object? variables = null, string? accessToken = null)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), $"The API answered {response.StatusCode}: {body}");
        return body.GetProperty("data").Clone();
    }

    /// <summary>Posts a comment on an action field with the person's token and returns its global id.</summary>
    public static async Task<string> CommentAsync(ServiceProcess api, string accessToken, string text)
    {
        var data = await QueryAsync(api,
            "mutation($input: PostCommentInput!) { postComment(input: $input) { contribution { id } errors { field code message } } }",
            new { input = new { actionField = "education", text } }, accessToken);
        var payload = data.GetProperty("postComment");
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("contribution").GetProperty("id").GetString()!;
    }

    /// <summary>A contribution as anyone sees it: author name and text.</summary>
    public static async Task<(string AuthorName, string Text)> PublicAsync(ServiceProcess api, string id)
    {
        var node = (await QueryAsync(api, "query($id: ID!) { node(id: $id) { ... on Contribution { authorName text } } }", new { id })).GetProperty("node");
        return (node.GetProperty("authorName").GetString()!, node.GetProperty("text").GetString()!);
    }
}

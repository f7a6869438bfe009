using System.Net;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.Tests.Http;

/// <summary>Rate limits per client with ASP.NET Core's rate limiter: 429, Retry-After and an errors body.</summary>
[Collection(ApiCollection.Collection)]
public sealed class RateLimitTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Requests_beyond_the_limit_get_429_with_Retry_After()
    {
        await using var api = await HttpApi.SeededWithAsync(environment,
            ("GraphQL:RateLimit:PermitLimit", "3"), ("GraphQL:RateLimit:Window", "00:01:00"));
        var http = api.CreateClient();

        var answers = new List<GraphQLAnswer>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await http.PostAsync(new { query = "{ __typename }" }, HttpApi.ResponseJson));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var refused = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(HttpApi.ResponseJson, refused.MediaType);
        Assert.InRange(refused.Response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        HttpApi.AssertError(Assert.Single(refused.Errors), ErrorCodes.RateLimited);
    }

    [Fact]
    public async Task Mutations_have_a_stricter_limit_of_their_own()
    {
        await using var api = await HttpApi.SeededWithAsync(environment,
            ("GraphQL:RateLimit:MutationPermitLimit", "1"), ("GraphQL:RateLimit:Window", "00:01:00"));
        var http = api.CreateClient();
        var mutation = new { query = "mutation { __typename }" };

        var first = await http.PostAsync(mutation);
        var second = await http.PostAsync(mutation);
        var query = await http.PostAsync(new { query = "{ __typename }" });

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.NotNull(second.Response.Headers.RetryAfter);
        HttpApi.AssertError(Assert.Single(second.Errors), ErrorCodes.RateLimited);
        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Empty(query.Errors);
    }
}

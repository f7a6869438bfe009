using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SozialHub.Testing;

namespace SozialHub.Portal.Tests.Authentication;

/// <summary>
/// Stands between the portal and the real API and notes the <c>Authorization</c> header of each GraphQL call, so
/// a test sees which token (and which client address) the portal sent; requests and answers pass through unchanged.
/// </summary>
public sealed class RecordingProxy : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly HttpClient _api;

    private RecordingProxy(WebApplication server, HttpClient api, Uri baseAddress)
    {
        _server = server;
        _api = api;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The Authorization header of every call so far, in order; empty for anonymous calls.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>The X-Forwarded-For header of every call so far, in order; empty when the portal sent none.</summary>
    public ConcurrentQueue<string> ForwardedFor { get; } = new();

    public static async Task<RecordingProxy> StartAsync(Uri api)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(baseAddress.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        var server = builder.Build();
        var proxy = new RecordingProxy(server, new HttpClient { BaseAddress = api }, baseAddress);
        server.Run(proxy.ForwardAsync);
        await server.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        _api.Dispose();
    }

    private async Task ForwardAsync(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        Authorizations.Enqueue(authorization);
        ForwardedFor.Enqueue(http.Request.Headers["X-Forwarded-For"].ToString());
        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), http.Request.Path + http.Request.QueryString);
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(http.Request.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", http.Request.ContentType);
        }

        request.Headers.TryAddWithoutValidation("Accept", http.Request.Headers.Accept.ToArray());
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _api.SendAsync(request, http.RequestAborted);
        http.Response.StatusCode = (int)response.StatusCode;
        http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}

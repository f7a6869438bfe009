using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SozialHub.Identity.Security;

/// <summary>One limit: at most <see cref="PermitLimit"/> form posts per client address in <see cref="Window"/>.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// The <c>Identity:RateLimits</c> section. The lockout protects one account against guessing; these limits protect
/// all accounts against one address trying many, and mailboxes against being flooded with our mails. Generous
/// enough for a town hall or library where many people share one address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Identity:RateLimits";

    public RateLimit SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Registration { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Requests that send a mail with a link: forgot password, confirmation again; and setting a new password.</summary>
    public RateLimit PasswordReset { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };
}

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(options.SignIn), options.SignIn);
        Check(failures, nameof(options.Registration), options.Registration);
        Check(failures, nameof(options.PasswordReset), options.PasswordReset);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string name, RateLimit limit)
    {
        var key = $"{RateLimitOptions.SectionName}:{name}";
        if (limit.PermitLimit < 1)
        {
            failures.Add($"{key}:PermitLimit must be at least 1.");
        }

        if (limit.Window <= TimeSpan.Zero)
        {
            failures.Add($"{key}:Window must be longer than zero.");
        }
    }
}

public static class RateLimits
{
    /// <summary>Policy names, for <c>[EnableRateLimiting]</c> on the page models.</summary>
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.AddPolicy(SignIn, context => Partition(context, limits.Value.SignIn));
            limiter.AddPolicy(Registration, context => Partition(context, limits.Value.Registration));
            limiter.AddPolicy(PasswordReset, context => Partition(context, limits.Value.PasswordReset));
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    // Only posts count: showing a form again costs nothing and must not lock anyone out of reading an error.
    private static RateLimitPartition<string> Partition(HttpContext context, RateLimit limit) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="de">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Zu viele Versuche – SozialHub Konten</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="inhalt">
            <h1>Zu viele Versuche</h1>
            <p>Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen. Bitte warten Sie {WebUtility.HtmlEncode(minutes == 1 ? "eine Minute" : $"{minutes} Minuten")} und versuchen Sie es dann noch einmal.</p>
            <p><a href="/">Zur Startseite</a></p>
            </main></body>
            </html>
            """, cancellationToken);
    }
}

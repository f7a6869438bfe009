using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.Database;
using SozialHub.Mail;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Mail;

/// <summary>The hub has its own outbox table and sender (the shared SozialHub.Mail library), on both databases.</summary>
[Collection(ApiCollection.Collection)]
public sealed class HubMailOutboxTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_mail_committed_to_the_hub_outbox_is_delivered_over_SMTP_once_and_marked_sent(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var api = await environment.StartAsync(provider, "mail", loadDemoCity: false, [.. smtp.Settings.Select(s => (s.Key, s.Value))]);
        var recipient = $"traeger-{Guid.NewGuid():N}@sozialhub.test";

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApiDbContext>();
            db.OutboxMails.Add(new OutboxMail
            {
                MessageId = $"{Guid.NewGuid():N}@sozialhub.test",
                Template = "Test",
                Recipient = recipient,
                Subject = "Einladung in den SozialHub",
                TextBody = "Hallo!\n",
                HtmlBody = "<p>Hallo!</p>",
                CreatedAt = DateTime.UtcNow,
                NextAttemptAt = DateTime.UtcNow,
            });
            await scope.ServiceProvider.GetRequiredService<MailOutbox>().SaveAsync();
        }

        var message = await smtp.WaitForMessageAsync(m => SmtpTestServer.IsTo(m, recipient));
        var sentAt = await Eventually(() => api.WithDbAsync(db =>
            db.OutboxMails.Where(m => m.Recipient == recipient).Select(m => m.SentAt).SingleAsync()));

        Assert.Equal("Einladung in den SozialHub", message.Subject);
        Assert.Equal("keine-antwort@sozialhub.test", message.From.Mailboxes.Single().Address);
        Assert.NotNull(sentAt);
        Assert.Single(smtp.Messages, m => SmtpTestServer.IsTo(m, recipient));
    }

    private static async Task<DateTime?> Eventually(Func<Task<DateTime?>> read)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        return null;
    }
}

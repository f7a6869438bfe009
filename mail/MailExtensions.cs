using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SozialHub.Mail;

public static class MailExtensions
{
    /// <summary>
    /// The outbox in <typeparamref name="TContext"/> and its sender: SMTP when <c>Smtp:Host</c> is set, otherwise .eml
    /// files under <c>Mail:PickupDirectory</c>. Call after <c>AddDatabase</c>, so the sender starts after the migrator.
    /// </summary>
    public static IHostApplicationBuilder AddMail<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext, IMailOutboxDbContext
    {
        var services = builder.Services;
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, MailOptionsValidator>();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IMailOutboxDbContext>(provider => provider.GetRequiredService<TContext>());
        services.AddSingleton<MailSignal>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<MailSender>();
        return builder;
    }
}

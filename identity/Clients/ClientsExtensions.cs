namespace SozialHub.Identity.Clients;

public static class ClientsExtensions
{
    /// <summary>
    /// Registers <c>Identity:Clients</c> at start. Call after <c>AddDatabase</c>: hosted services start in
    /// the order they were added, so the migrator has created the tables by then.
    /// </summary>
    public static IHostApplicationBuilder AddClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ClientRegistrar>();
        return builder;
    }
}

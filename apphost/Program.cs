// Starts SozialHub for local use: identity, API and portal on the ports of the design brief, each on
// its own SQLite file under its project's data/ folder, the demo city loaded on first start.
var builder = DistributedApplication.CreateBuilder(args);

var identity = builder.AddProject<Projects.SozialHub_Identity>("identity");

var api = builder.AddProject<Projects.SozialHub_Api>("api")
    .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"))
    .WithHttpHealthCheck("/healthz");

// Identity anonymises and exports a person's contributions through the API as its machine client sozialhub-identity;
// it asks its own token endpoint at the address the API trusts, so the token names that issuer.
identity
    .WithEnvironment("Identity__Api__BaseUrl", api.GetEndpoint("http"))
    .WithEnvironment("Identity__Api__Authority", identity.GetEndpoint("http"));
api
    .WithEnvironment("Authorization__MachineClients__sozialhub-identity__Policies__0", "account-data")
    .WithEnvironment("Authorization__MachineClients__sozialhub-identity__Policies__1", "hub.write");

builder.AddProject<Projects.SozialHub_Portal>("portal")
    .WithEnvironment("Api__BaseUrl", api.GetEndpoint("http"))
    .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"))
    .WithReference(api)
    .WaitFor(api)
    .WithHttpHealthCheck("/healthz");

var app = builder.Build();
Console.WriteLine("SozialHub: portal http://localhost:5000 · GraphQL http://localhost:5001/graphql · identity http://localhost:5002");
app.Run();

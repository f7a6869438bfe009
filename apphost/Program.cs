// Starts SozialHub for local use: identity, API and portal on the ports of the design brief, each on
// its own SQLite file under its project's data/ folder, the demo city loaded on first start.
var builder = DistributedApplication.CreateBuilder(args);

var identity = builder.AddProject<Projects.SozialHub_Identity>("identity");

var api = builder.AddProject<Projects.SozialHub_Api>("api")
    .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"))
    .WithHttpHealthCheck("/healthz");

builder.AddProject<Projects.SozialHub_Portal>("portal")
    .WithEnvironment("Api__BaseUrl", api.GetEndpoint("http"))
    .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"))
    .WithReference(api)
    .WaitFor(api)
    .WithHttpHealthCheck("/healthz");

var app = builder.Build();
Console.WriteLine("SozialHub: portal http://localhost:5000 · GraphQL http://localhost:5001/graphql · identity http://localhost:5002");
app.Run();

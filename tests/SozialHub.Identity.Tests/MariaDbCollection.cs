using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>
/// One private MariaDB server and the shared identity processes for every test class of this assembly; the
/// classes run one after another, so a small machine runs one service at a time.
/// </summary>
[CollectionDefinition(MariaDbServer.Collection)]
public sealed class MariaDbCollection : ICollectionFixture<MariaDbServer>, ICollectionFixture<IdentityServers>;

using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>One private MariaDB server for every test class of this assembly.</summary>
[CollectionDefinition(MariaDbServer.Collection)]
public sealed class MariaDbCollection : ICollectionFixture<MariaDbServer>;

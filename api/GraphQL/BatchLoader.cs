using GraphQL.DataLoader;

namespace SozialHub.Api.GraphQL;

/// <summary>
/// Collects the keys that one level of a query asks for and loads them with one database query when
/// the executor first needs a result (GraphQL.NET resolves <see cref="IDataLoaderResult"/> level by level).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private HashSet<TKey> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending;
            _pending = [];
            foreach (var (k, value) in await fetch(keys, cancellationToken))
            {
                _loaded[k] = value;
            }
        }

        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>The request's batch loaders, one per name; the GraphQL executor runs queries serially, so no locking.</summary>
public sealed class DataLoaders
{
    private readonly Dictionary<string, object> _loaders = [];

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(
        string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            loader = new BatchLoader<TKey, TValue>(fetch);
            _loaders.Add(name, loader);
        }

        return (BatchLoader<TKey, TValue>)loader;
    }
}

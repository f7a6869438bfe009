using GraphQL.DataLoader;

namespace SozialHub.Api.GraphQL;

/// <summary>Composes batch-loaded results without giving up batching (the keys are registered when the resolver runs).</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    /// <summary>A result already known, beside batch-loaded ones.</summary>
    public static IDataLoaderResult<T> Known<T>(T value) => new Completed<T>(value);

    /// <summary>All results in order; each loader fetches its whole batch on the first await.</summary>
    public static IDataLoaderResult<TResult[]> All<TResult>(IReadOnlyList<IDataLoaderResult<TResult>> results) => new Many<TResult>(results);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Many<TResult>(IReadOnlyList<IDataLoaderResult<TResult>> results) : IDataLoaderResult<TResult[]>
    {
        public async Task<TResult[]> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new TResult[results.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = await results[i].GetResultAsync(cancellationToken);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

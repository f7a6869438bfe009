namespace SozialHub.Api.Imports;

/// <summary>„Meinten Sie …?“: the known key closest to a mistyped one, by edit distance, remembered per key.</summary>
public sealed class KeySuggestion(IEnumerable<string> keys)
{
    private readonly string[] _keys = keys.ToArray();
    private readonly Dictionary<string, string?> _seen = new(StringComparer.Ordinal);

    /// <summary>" Meinten Sie 'x'?" when a key is close enough (at most a third of its letters differ, at least 2), else "".</summary>
    public string For(string typed)
    {
        if (!_seen.TryGetValue(typed, out var best))
        {
            var limit = Math.Max(2, typed.Length / 3);
            var lower = typed.ToLowerInvariant();
            best = _keys.Select(k => (Key: k, Distance: Distance(lower, k.ToLowerInvariant())))
                .Where(k => k.Distance <= limit)
                .OrderBy(k => k.Distance).ThenBy(k => k.Key, StringComparer.Ordinal)
                .Select(k => k.Key).FirstOrDefault();
            _seen[typed] = best;
        }

        return best is null ? "" : $" Meinten Sie '{best}'?";
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

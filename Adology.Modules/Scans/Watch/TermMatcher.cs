namespace Adology.Modules.Scans.Watch;

/// <summary>
/// Finds whole-word occurrences of terms in a text: a term matches where its words appear in a row among the text's words
/// (<see cref="WatchText"/>). The text is cut into words once and indexed by word, so the work grows with the text's
/// length and the terms' occurrences, never by backtracking.
/// </summary>
internal sealed class TermMatcher(IReadOnlyList<string> terms)
{
    private readonly (string Term, string[] Words)[] keyed = [.. terms.Select(term => (term, WatchText.Words(term).ToArray())).Where(term => term.Item2.Length > 0)];

    public bool IsEmpty => keyed.Length == 0;

    /// <summary>The terms found in the text, in the order of the terms.</summary>
    public IEnumerable<string> Find(string? text)
    {
        var words = WatchText.Words(text);
        if (words.Count == 0)
        {
            yield break;
        }

        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < words.Count; index++)
        {
            if (!positions.TryGetValue(words[index], out var at))
            {
                positions[words[index]] = at = [];
            }

            at.Add(index);
        }

        foreach (var (term, termWords) in keyed)
        {
            if (positions.TryGetValue(termWords[0], out var starts) && starts.Any(start => Follows(words, start, termWords)))
            {
                yield return term;
            }
        }
    }

    private static bool Follows(List<string> words, int start, string[] termWords)
    {
        if (start + termWords.Length > words.Count)
        {
            return false;
        }

        for (var offset = 1; offset < termWords.Length; offset++)
        {
            if (!string.Equals(words[start + offset], termWords[offset], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

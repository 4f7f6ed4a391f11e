using System.Text;

namespace Adology.Modules.Contracts;

/// <summary>
/// The <c>q</c> of a creative search, split for PostgreSQL: <paramref name="WebSearch"/> goes to
/// <c>websearch_to_tsquery</c> (words all required, <c>"exact phrase"</c>, <c>or</c>, <c>-excluded</c>);
/// <paramref name="Prefixes"/> are the words written with a trailing <c>*</c> (<c>ship*</c>), each matching the words
/// that begin so; <paramref name="RankWords"/> are the other words wanted, which ranking looks for near each other (and
/// near the prefixes).
/// </summary>
public sealed record CreativeTextQuery(string WebSearch, IReadOnlyList<string> Prefixes, string RankWords)
{
    public const int MaxLength = 200;

    /// <summary>A prefix shorter than this would match most of a catalogue.</summary>
    public const int MinPrefixLength = 2;

    public static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);

    /// <summary>Splits the query in one pass (no backtracking): tokens are separated by blanks outside double quotes.</summary>
    public static CreativeTextQuery Parse(string text)
    {
        var webSearch = new List<string>();
        var prefixes = new List<string>();
        var rankWords = new List<string>();
        foreach (var token in Tokens(text))
        {
            if (IsPrefix(token))
            {
                var prefix = token[..^1].ToLowerInvariant();
                prefixes.Add(prefix);
                continue;
            }

            webSearch.Add(token);
            if (!token.StartsWith('-') && !token.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                rankWords.Add(token.Replace("\"", " ", StringComparison.Ordinal).Trim());
            }
        }

        return new CreativeTextQuery(string.Join(' ', webSearch), prefixes, string.Join(' ', rankWords));
    }

    private static bool IsPrefix(string token) =>
        token.Length > MinPrefixLength && token[^1] == '*' && token.AsSpan(0, token.Length - 1).ToString().All(char.IsLetterOrDigit);

    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        var quoted = false;
        foreach (var character in text)
        {
            if (character == '"')
            {
                quoted = !quoted;
            }

            if (char.IsWhiteSpace(character) && !quoted)
            {
                if (token.Length > 0)
                {
                    yield return token.ToString();
                    token.Clear();
                }

                continue;
            }

            token.Append(character);
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }
}

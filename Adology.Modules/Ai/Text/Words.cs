using System.Globalization;

namespace Adology.Modules.Ai.Text;

/// <summary>The tokeniser of ad copy: lowercase runs of letters, digits and combining marks.</summary>
internal static class Words
{
    /// <summary>Every token, in order.</summary>
    public static List<string> Of(string? text)
    {
        var words = new List<string>();
        foreach (var token in Tokens(text, stackalloc char[64]))
        {
            words.Add(token.ToString());
        }

        return words;
    }

    /// <summary>
    /// Every token, in order, as <see cref="Of"/> gives them, but each lowercased into <paramref name="buffer"/> (a
    /// larger one when a token is longer) rather than a string of its own: the current token is valid until the next.
    /// </summary>
    public static TokenEnumerator Tokens(string? text, Span<char> buffer) => new(text ?? string.Empty, buffer);

    /// <summary>Whether a token carries meaning: no stop word of any known language, no number, no single character.</summary>
    public static bool IsContent(ReadOnlySpan<char> word) => word.Length > 1 && !IsNumber(word) && !StopWords.Contains(word);

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The tokens of a text one at a time (<see cref="Tokens"/>).</summary>
    internal ref struct TokenEnumerator(string text, Span<char> buffer)
    {
        private Span<char> buffer = buffer;
        private int position;
        private int length;

        public readonly ReadOnlySpan<char> Current => buffer[..length];

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            length = 0;
            while (position < text.Length)
            {
                var c = text[position++];
                if (IsWordChar(c))
                {
                    if (length == buffer.Length)
                    {
                        var larger = new char[Math.Max(16, buffer.Length * 2)];
                        buffer.CopyTo(larger);
                        buffer = larger;
                    }

                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else if (length > 0)
                {
                    return true;
                }
            }

            return length > 0;
        }
    }
}

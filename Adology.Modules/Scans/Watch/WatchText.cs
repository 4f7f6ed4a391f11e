using System.Globalization;
using System.Text;

namespace Adology.Modules.Scans.Watch;

/// <summary>
/// Text as watch terms compare it: lower-cased invariantly, accents dropped (non-spacing marks, and the precomposed
/// Latin letters folded by <see cref="LatinFolding"/>), and cut into words of letters and digits; every other character
/// only separates words, so "HOLE-12", "hole 12" and "Hole/12" are the same two words.
/// </summary>
internal static class WatchText
{
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                Append(word, Rune.ToLowerInvariant(rune));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>What two terms share when they are the same term to a user: their words, joined by single spaces.</summary>
    public static string Key(string term) => string.Join(' ', Words(term));

    private static void Append(StringBuilder word, Rune lowerCase)
    {
        if (lowerCase.IsBmp && LatinFolding.Of((char)lowerCase.Value) is { } plain)
        {
            word.Append(plain);
        }
        else
        {
            word.Append(lowerCase.ToString());
        }
    }
}

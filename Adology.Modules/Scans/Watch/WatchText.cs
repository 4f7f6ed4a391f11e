using System.Globalization;
using System.Text;

namespace Adology.Modules.Scans.Watch;

/// <summary>
/// Text as watch terms compare it: decomposed (FormD), non-spacing marks dropped, lower-cased invariantly, and cut into
/// words of letters and digits; every other character only separates words, so "HOLE-12", "hole 12" and "Hole/12" are
/// the same two words.
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
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
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
}

using System.Globalization;
using System.Text;

namespace Adology.Modules.Ai.Text;

/// <summary>The tokeniser of ad copy: lowercase runs of letters, digits and combining marks.</summary>
internal static class Words
{
    /// <summary>Every token, in order.</summary>
    public static List<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(char.ToLowerInvariant(c));
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

    /// <summary>The tokens that carry meaning: no stop word of any known language, no number, no single character.</summary>
    public static List<string> Content(string? text) => [.. Of(text).Where(IsContent)];

    public static bool IsContent(string word) => word.Length > 1 && !word.All(char.IsDigit) && !StopWords.Contains(word);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}

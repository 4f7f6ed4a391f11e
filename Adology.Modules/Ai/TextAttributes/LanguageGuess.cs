using Adology.Modules.Ai.Text;

namespace Adology.Modules.Ai.TextAttributes;

/// <summary>
/// The language of a text from its function words (<see cref="StopWords"/>): each word counts for the languages
/// that use it, shared between them, and the leader must have at least <see cref="MinimumEvidence"/> words' worth
/// and twice the runner-up's, or the answer is null.
/// </summary>
internal static class LanguageGuess
{
    public const double MinimumEvidence = 1.5;

    public static string? Of(string? text)
    {
        var scores = StopWords.ByLanguage.Keys.ToDictionary(language => language, _ => 0.0, StringComparer.Ordinal);
        foreach (var word in Words.Of(text))
        {
            var languages = StopWords.ByLanguage.Where(language => language.Value.Contains(word)).Select(language => language.Key).ToList();
            foreach (var language in languages)
            {
                scores[language] += 1.0 / languages.Count;
            }
        }

        var ranked = scores.OrderByDescending(score => score.Value).ThenBy(score => score.Key, StringComparer.Ordinal).ToList();
        return ranked[0].Value >= MinimumEvidence && ranked[0].Value >= 2 * ranked[1].Value ? ranked[0].Key : null;
    }
}

using System.Text.RegularExpressions;

namespace Adology.Modules.Ai.TextAttributes;

/// <summary>
/// Flags ad copy by named rules. Patterns run with the non-backtracking engine, in time linear in the text
/// whatever the pattern, so rules may come from configuration; <see cref="Defaults"/> flag common scam wording.
/// </summary>
internal sealed class ContentRules
{
    private const string Apostrophe = "['’]?";

    public static readonly IReadOnlyList<ContentRule> Defaults =
    [
        new("guaranteed-income", @"\bguaranteed\s+(income|returns?|profits?|earnings|winnings|payouts?)\b|\b(income|returns?|profits?)\s+(are\s+)?guaranteed\b"),
        new("get-rich-quick", @"\bget\s+rich\s+(quick(ly)?|fast|overnight)\b|\b(earn|make)\s+(up\s+to\s+)?[$€£]?\d[\d,.]*\s*k?\s*[$€£]?\s*(a|per|every)\s+(day|hour|week)\b|\bquit\s+your\s+(day\s+)?job\b"),
        new("miracle-cure", @"\bmiracle\s+(cure|pill|remedy|treatment|diet|weight[\s-]*loss)\b|\bcures?\s+(cancer|diabetes|arthritis|all\s+diseases)\b|\blose\s+\d+\s*(lbs?|pounds|kg|kilos)\s+in\s+\d+\s+days\b|\bdoctors\s+hate\b"),
        new("free-money", @"\b(100\s*%\s*)?free\s+(money|cash)\b|\bclaim\s+your\s+(free\s+)?(cash|prize|reward|winnings)\b|\byou" + Apostrophe + @"(ve|\s+have)\s+(won|been\s+selected)\b"),
        new("crypto-doubling", @"\b(double|triple|2x|10x)\s+your\s+(crypto|bitcoin|btc|eth|ethereum|coins?|money|investment|deposit)\b|\bsend\s+[\d.,]+\s*(btc|eth|bitcoin|ethereum|usdt)\b.{0,60}\b(get|receive)\s+[\d.,]+|\b(bitcoin|btc|crypto|eth|ethereum)\s+(giveaway|doubler)\b"),
        new("risk-free-investment", @"\b(risk[\s-]*free|no[\s-]*risk|zero[\s-]*risk)\s+(investment|returns?|profits?|trading|income)\b"),
        new("false-urgency", @"\bact\s+(now|fast|today)\s+before\s+it" + Apostrophe + @"s\s+(gone|too\s+late)\b|\bact\s+(now|fast)\s+before\s+it\s+is\s+(gone|too\s+late)\b|\bact\s+now\s+or\s+(lose|miss)\s+out\b"),
    ];

    private readonly (string Name, Regex Pattern)[] rules;

    /// <exception cref="ArgumentException">A rule has no name, or a pattern the non-backtracking engine cannot run.</exception>
    public ContentRules(IEnumerable<ContentRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = [.. rules.Select(Compile)];
    }

    public static ContentRules Default { get; } = new(Defaults);

    /// <summary>The names of the rules the text matches, in the rules' order.</summary>
    public IReadOnlyList<string> FlagsOf(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. rules.Where(rule => rule.Pattern.IsMatch(text)).Select(rule => rule.Name)];

    private static (string, Regex) Compile(ContentRule rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule.Name, nameof(rule));
        try
        {
            return (rule.Name, new Regex(rule.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"content rule '{rule.Name}' has a pattern that cannot be used: {exception.Message}", nameof(rule), exception);
        }
    }
}

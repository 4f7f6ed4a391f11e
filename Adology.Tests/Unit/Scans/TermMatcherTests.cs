using Adology.Modules.Scans.Watch;

namespace Adology.Tests.Unit.Scans;

public sealed class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new(["free shipping", "guaranteed income", "HOLE-12", "café"]);

    [TestCase("FREE Shipping on every order", "free shipping")]
    [TestCase("Frëe shîpping!", "free shipping")]
    [TestCase("free\nshipping", "free shipping")]
    [TestCase("Ask for hole-12 now", "HOLE-12")]
    [TestCase("hole 12", "HOLE-12")]
    [TestCase("(Hole/12)", "HOLE-12")]
    [TestCase("Le CAFE du coin", "café")]
    [TestCase("Le cafe\u0301 du coin", "café")]
    [TestCase("ŁÓDŹ free SHÎPPÏNG", "free shipping")]
    public void A_term_matches_its_words_in_a_row_whatever_their_case_accents_and_separators(string text, string term) =>
        Assert.That(Matcher.Find(text).ToList(), Is.EqualTo(new[] { term }));

    [TestCase("free shippings")]
    [TestCase("freeshipping")]
    [TestCase("carefree shipping")]
    [TestCase("shipping free")]
    [TestCase("free, fast shipping")]
    [TestCase("hole-123")]
    [TestCase("whole 12")]
    [TestCase("")]
    public void A_sub_word_a_longer_word_or_words_out_of_order_do_not_match(string text) =>
        Assert.That(Matcher.Find(text), Is.Empty);

    [Test]
    public void Every_term_found_is_named_once_in_the_order_of_the_terms()
    {
        var found = Matcher.Find("Guaranteed income! Free shipping, free shipping, guaranteed income.");

        Assert.That(found, Is.EqualTo(new[] { "free shipping", "guaranteed income" }));
    }

    [Test]
    public void A_long_text_of_near_misses_is_read_in_time_linear_in_its_length()
    {
        // A backtracking pattern over "free free free … shipping" would revisit each "free"; the word index does not.
        var text = string.Concat(Enumerable.Repeat("free ", 200_000)) + "shipping";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var found = Matcher.Find(text).ToList();

        Assert.That(found, Is.EqualTo(new[] { "free shipping" }));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }
}

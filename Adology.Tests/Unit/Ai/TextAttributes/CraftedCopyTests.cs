using System.Diagnostics;
using Adology.Modules.Ai.TextAttributes;
using Adology.Modules.Gather.Page;

namespace Adology.Tests.Unit.Ai.TextAttributes;

/// <summary>
/// Text built to make a backtracking pattern crawl: before, a 1 MB body of grouped digits held a core for hours. Each
/// reader must give up (and keep what it found) within its match timeout; 5 s leaves room for a loaded machine.
/// </summary>
internal sealed class CraftedCopyTests
{
    private static readonly TimeSpan WellUnderForever = TimeSpan.FromSeconds(5);

    private static readonly string GroupedDigits = string.Concat(Enumerable.Repeat("111 ", 250_000));

    [Test]
    public void A_megabyte_of_grouped_digits_is_read_for_attributes_at_once()
    {
        var clock = Stopwatch.StartNew();

        var attributes = CopyReader.Extract("Only $19.99", GroupedDigits, "Shop now");

        Assert.That(clock.Elapsed, Is.LessThan(WellUnderForever));
        Assert.That(attributes.Prices, Is.EqualTo(new[] { 19.99m }));
    }

    [Test]
    public void The_price_reader_gives_up_on_a_megabyte_of_grouped_digits_and_keeps_the_price_before_it()
    {
        var clock = Stopwatch.StartNew();

        var prices = PriceReader.Read("Only $19.99 " + GroupedDigits);

        Assert.That(clock.Elapsed, Is.LessThan(WellUnderForever));
        Assert.That(prices.Select(price => price.Amount), Is.EqualTo(new[] { 19.99m }));
    }

    [Test]
    public void A_style_of_a_megabyte_of_unclosed_urls_is_read_at_once()
    {
        var clock = Stopwatch.StartNew();

        var pictures = BackgroundImages.In("background-image: url(a.png); background: " + string.Concat(Enumerable.Repeat("url(x", 200_000)));

        Assert.That(clock.Elapsed, Is.LessThan(WellUnderForever));
        Assert.That(pictures, Does.Contain("a.png"));
    }
}

using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Ai.Analysis;

public sealed class AdCopyTests
{
    [Test]
    public void The_copy_is_read_from_the_demo_and_common_feed_names()
    {
        Assert.That(AdCopy.Of("""{"headline":"H","body":"B","callToAction":"C"}"""), Is.EqualTo(new AdCopy("H", "B", "C")));
        Assert.That(AdCopy.Of("""{"title":"H","description":"B","cta":"C"}"""), Is.EqualTo(new AdCopy("H", "B", "C")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("[1,2]")]
    [TestCase("{not json")]
    [TestCase("""{"headline":42}""")]
    public void Missing_or_unreadable_metadata_has_no_copy(string? metadata) => Assert.That(AdCopy.Of(metadata).Text, Is.Empty);

    [Test]
    public void The_text_joins_the_parts_there_are() =>
        Assert.That(new AdCopy("Summer sale", null, "Shop now").Text, Is.EqualTo("Summer sale\nShop now"));
}

using System.Text;
using Adology.Modules.Contracts;
using Adology.Modules.Gather;
using Adology.Modules.Gather.Feed;
using Adology.Modules.Gather.Sources;

namespace Adology.Tests.Unit.Gather;

public sealed class FeedPageParserTests
{
    [Test]
    public void Page_with_items_and_a_cursor_is_read()
    {
        var (items, next) = Parse("""{"items":[{"url":"https://cdn.example/a.png","metadata":{"platform":"meta"}},{"url":"https://cdn.example/b.png"}],"nextCursor":"p2"}""");

        Assert.That(items.Select(item => item.Url), Is.EqualTo(new[] { "https://cdn.example/a.png", "https://cdn.example/b.png" }));
        Assert.That(items[0].MetadataJson, Is.EqualTo("""{"platform":"meta"}"""));
        Assert.That(items[1].MetadataJson, Is.Null);
        Assert.That(next, Is.EqualTo("p2"));
    }

    [Test]
    public void Null_or_absent_cursor_ends_the_feed()
    {
        Assert.That(Parse("""{"items":[],"nextCursor":null}""").NextCursor, Is.Null);
        Assert.That(Parse("""{"items":[]}""").NextCursor, Is.Null);
    }

    [Test]
    public void Item_without_a_string_url_is_kept_with_an_empty_url_to_fail_alone()
    {
        var (items, _) = Parse("""{"items":[{"url":42},"text",{"metadata":{}}]}""");

        Assert.That(items.Select(item => item.Url), Is.EqualTo(new[] { "", "", "" }));
    }

    [TestCase("not json", "not valid JSON")]
    [TestCase("[1,2]", "not a JSON object")]
    [TestCase("""{"items":{}}""", "\"items\" is missing or not an array")]
    [TestCase("""{"data":[]}""", "\"items\" is missing or not an array")]
    [TestCase("""{"items":[],"nextCursor":7}""", "\"nextCursor\" is neither")]
    [TestCase("""{"items":[],"nextCursor":""}""", "\"nextCursor\" is neither")]
    public void Malformed_page_fails_with_its_page_number_and_why(string json, string why)
    {
        var failure = Assert.ThrowsAsync<GatherFailedException>(() => ReadAsync(json, pageNumber: 3));

        Assert.That(failure!.Message, Does.StartWith("The feed's page 3 is malformed").And.Contain(why));
    }

    private static (List<GatheredCreative> Items, string? NextCursor) Parse(string json) => ReadAsync(json, pageNumber: 1).GetAwaiter().GetResult();

    private static Task<(List<GatheredCreative> Items, string? NextCursor)> ReadAsync(string json, int pageNumber) =>
        FeedPageReader.ReadAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(json)), pageNumber, new FeedBudget(new GatherOptions()), OverlongStrings.LongerThan(100), CancellationToken.None);
}

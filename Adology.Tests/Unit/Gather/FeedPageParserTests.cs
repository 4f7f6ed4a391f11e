using System.Text;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Gather;
using Adology.Modules.Gather.Feed;
using Adology.Modules.Gather.Sources;

namespace Adology.Tests.Unit.Gather;

public sealed class FeedPageParserTests
{
    [Test]
    public async Task Page_with_items_and_a_cursor_is_read()
    {
        var (items, next) = await ReadAsync("""{"items":[{"url":"https://cdn.example/a.png","metadata":{"platform":"meta"}},{"url":"https://cdn.example/b.png"}],"nextCursor":"p2"}""", pageNumber: 1);

        Assert.That(items.Select(item => item.Url), Is.EqualTo(new[] { "https://cdn.example/a.png", "https://cdn.example/b.png" }));
        Assert.That(items[0].MetadataJson, Is.EqualTo("""{"platform":"meta"}"""));
        Assert.That(items[1].MetadataJson, Is.Null);
        Assert.That(next, Is.EqualTo("p2"));
    }

    [Test]
    public async Task Null_or_absent_cursor_ends_the_feed()
    {
        Assert.That((await ReadAsync("""{"items":[],"nextCursor":null}""", pageNumber: 1)).NextCursor, Is.Null);
        Assert.That((await ReadAsync("""{"items":[]}""", pageNumber: 1)).NextCursor, Is.Null);
    }

    [Test]
    public async Task Item_without_a_string_url_is_kept_with_an_empty_url_to_fail_alone()
    {
        var (items, _) = await ReadAsync("""{"items":[{"url":42},"text",{"metadata":{}}]}""", pageNumber: 1);

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

    [Test]
    public void Items_are_counted_as_they_are_read_and_one_too_many_fails_the_scan()
    {
        var budget = new FeedBudget(new GatherOptions { MaxItems = 2 });
        var page = new MemoryStream(Encoding.UTF8.GetBytes("""{"items":[{"url":"a"},{"url":"b"},{"url":"c"}"""));

        var failure = Assert.ThrowsAsync<GatherFailedException>(() => FeedPageReader.ReadAsync(page, 1, budget, OverlongStrings.LongerThan(100), CancellationToken.None));

        Assert.That(failure!.Message, Is.EqualTo("The feed lists more than 2 creatives."));
    }

    [Test]
    public void A_cursor_over_the_limit_fails_the_scan_naming_the_setting()
    {
        var budget = new FeedBudget(new GatherOptions { MaxCursorLength = 10 });
        var page = new MemoryStream(Encoding.UTF8.GetBytes("""{"items":[],"nextCursor":"01234567890"}"""));

        var failure = Assert.ThrowsAsync<GatherFailedException>(() => FeedPageReader.ReadAsync(page, 2, budget, OverlongStrings.LongerThan(100), CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("page 2").And.Contain("more than 10 (Gather:MaxCursorLength)"));
    }

    [Test]
    public async Task Metadata_longer_than_the_reader_holds_is_shortened_but_capped_and_marked_as_if_read_whole()
    {
        var metadata = JsonSerializer.Serialize(new { headline = "Sale", body = string.Concat(Enumerable.Repeat("é1 😀\n", 200_000)), nested = new { deep = new string('x', 300_000) } });
        var page = $$"""{"items":[{"url":"https://cdn.example/a.png","metadata":{{metadata}}}]}""";
        var strings = OverlongStrings.LongerThan(1_000);

        var (items, _) = await FeedPageReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(page)), 1, new FeedBudget(new GatherOptions()), strings, CancellationToken.None);

        Assert.That(items.Single().MetadataJson!, Has.Length.LessThan(3 * strings.MaxStringBytes));
        Assert.That(MetadataCap.Apply(items.Single().MetadataJson, 1_000, 1_000), Is.EqualTo(MetadataCap.Apply(metadata, 1_000, 1_000)));
    }

    private static Task<(List<GatheredCreative> Items, string? NextCursor)> ReadAsync(string json, int pageNumber) =>
        FeedPageReader.ReadAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(json)), pageNumber, new FeedBudget(new GatherOptions()), OverlongStrings.LongerThan(100), CancellationToken.None);
}

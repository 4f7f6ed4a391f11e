using System.Text.Json;
using Adology.Modules.Gather;

namespace Adology.Tests.Unit.Gather;

internal sealed class MetadataCapTests
{
    [Test]
    public void Metadata_within_the_limits_is_kept_as_sent()
    {
        const string metadata = """{"headline":"Free shipping","body":"On every order"}""";

        Assert.That(MetadataCap.Apply(metadata, maxFieldLength: 100, maxBytes: 1_000), Is.SameAs(metadata));
    }

    [Test]
    public void A_text_over_the_field_limit_is_cut_there_and_named()
    {
        var metadata = JsonSerializer.Serialize(new { headline = "Free shipping", body = new string('1', 1_000_000) });

        using var capped = JsonDocument.Parse(MetadataCap.Apply(metadata, maxFieldLength: 4_000, maxBytes: 32_768)!);

        Assert.That(capped.RootElement.GetProperty("body").GetString(), Is.EqualTo(new string('1', 4_000)));
        Assert.That(capped.RootElement.GetProperty("headline").GetString(), Is.EqualTo("Free shipping"));
        Assert.That(capped.RootElement.GetProperty(MetadataCap.TruncatedField).EnumerateArray().Select(name => name.GetString()), Is.EqualTo(new[] { "body" }));
    }

    [Test]
    public void Metadata_over_the_item_limit_loses_its_longest_fields_first()
    {
        var metadata = JsonSerializer.Serialize(new { headline = "Free shipping", tags = Enumerable.Repeat("summer", 2_000), notes = new string('x', 900) });

        using var capped = JsonDocument.Parse(MetadataCap.Apply(metadata, maxFieldLength: 1_000, maxBytes: 2_000)!);

        Assert.That(capped.RootElement.TryGetProperty("tags", out _), Is.False);
        Assert.That(capped.RootElement.GetProperty("notes").GetString(), Has.Length.EqualTo(900));
        Assert.That(capped.RootElement.GetProperty(MetadataCap.TruncatedField).EnumerateArray().Select(name => name.GetString()), Is.EqualTo(new[] { "tags" }));
    }

    [Test]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var metadata = JsonSerializer.Serialize(new { body = "a" + string.Concat(Enumerable.Repeat("😀", 10)) });

        using var capped = JsonDocument.Parse(MetadataCap.Apply(metadata, maxFieldLength: 4, maxBytes: 1_000)!);

        Assert.That(capped.RootElement.GetProperty("body").GetString(), Is.EqualTo("a😀"));
    }
}

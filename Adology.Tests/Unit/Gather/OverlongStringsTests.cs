using System.Text;
using System.Text.Json;
using Adology.Modules.Gather.Feed;

namespace Adology.Tests.Unit.Gather;

public sealed class OverlongStringsTests
{
    [Test]
    public void Strings_within_the_bound_pass_unchanged()
    {
        var json = Encoding.UTF8.GetBytes("""{"a":"short \" \\ \u00e9 é 😀","b":[1,"two"]}""");

        Assert.That(Filter(json, OverlongStrings.LongerThan(100), chunk: 3), Is.EqualTo(json));
    }

    [TestCase("x")]
    [TestCase("é")]
    [TestCase("😀")]
    [TestCase("\\u00e9")]
    [TestCase("\\ud83d\\ude00")]
    [TestCase("\\\"")]
    public void A_long_string_is_cut_between_whole_characters_and_keeps_more_than_the_bound(string character)
    {
        var json = Encoding.UTF8.GetBytes($$"""{"body":"{{string.Concat(Enumerable.Repeat(character, 5_000))}}","next":"kept"}""");
        var original = JsonDocument.Parse(json).RootElement.GetProperty("body").GetString()!;

        foreach (var chunk in new[] { 1, 5, 7, 4096 })
        {
            using var filtered = JsonDocument.Parse(Filter(json, OverlongStrings.LongerThan(100), chunk));

            var body = filtered.RootElement.GetProperty("body").GetString()!;
            Assert.That(body, Has.Length.GreaterThan(100).And.Length.LessThan(original.Length));
            Assert.That(original, Does.StartWith(body));
            Assert.That(filtered.RootElement.GetProperty("next").GetString(), Is.EqualTo("kept"));
        }
    }

    private static byte[] Filter(byte[] json, OverlongStrings strings, int chunk)
    {
        var output = new List<byte>();
        foreach (var part in json.Chunk(chunk))
        {
            output.AddRange(part.AsSpan(0, strings.Filter(part)).ToArray());
        }

        return [.. output];
    }
}

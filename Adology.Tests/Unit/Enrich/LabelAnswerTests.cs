using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Labels;

namespace Adology.Tests.Unit.Enrich;

public sealed class LabelAnswerTests
{
    private const string Valid =
        """{"productType":" Running  Shoes ","colors":["white","White","red"],"environment":"street","features":["light"],"marketingApproach":"lifestyle","description":"A runner at dawn."}""";

    [Test]
    public void A_complete_answer_is_read_trimmed_with_a_lower_case_product_type_and_no_repeated_items()
    {
        var outcome = LabelAnswer.Read(Valid);

        Assert.That(outcome.Failure, Is.Null);
        Assert.That(outcome.Labels, Is.EqualTo(outcome.Labels! with { ProductType = "running shoes", Environment = "street", MarketingApproach = "lifestyle" }));
        Assert.That(outcome.Labels!.Colors, Is.EqualTo(new[] { "white", "red" }));
        Assert.That(outcome.Labels.Description, Is.EqualTo("A runner at dawn."));
    }

    [Test]
    public void An_answer_in_a_markdown_fence_is_read() =>
        Assert.That(LabelAnswer.Read($"```json\n{Valid}\n```").Labels?.ProductType, Is.EqualTo("running shoes"));

    [TestCase("not json at all", "the model's answer is not JSON")]
    [TestCase("""{"productType":"car"}""", "the model's answer is not valid labels: colors, environment, features, marketingApproach, description missing or empty")]
    [TestCase("""{"productType":"car","colors":[],"environment":" ","features":[],"marketingApproach":"x","description":"y"}""", "the model's answer is not valid labels: environment missing or empty")]
    [TestCase("null", "the model's answer is empty")]
    public void An_answer_that_is_not_valid_labels_says_why(string answer, string reason)
    {
        var outcome = LabelAnswer.Read(answer);

        Assert.That(outcome.Labels, Is.Null);
        Assert.That(outcome.Failure, Does.StartWith(reason));
    }

    [Test]
    public void Labels_beyond_their_limits_are_refused()
    {
        var longType = LabelAnswer.Read(Valid.Replace(" Running  Shoes ", new string('x', 65), StringComparison.Ordinal));
        var manyColours = LabelAnswer.Read(Valid.Replace("""["white","White","red"]""", $"[{string.Join(',', Enumerable.Range(0, 13).Select(i => $"\"c{i}\""))}]", StringComparison.Ordinal));

        Assert.That(longType.Failure, Is.EqualTo("the model's answer is not valid labels: productType is over 64 characters"));
        Assert.That(manyColours.Failure, Is.EqualTo("the model's answer is not valid labels: colors or features has more than 12 items"));
        Assert.That(new[] { longType.Labels, manyColours.Labels }, Has.All.EqualTo((CreativeLabels?)null));
    }
}

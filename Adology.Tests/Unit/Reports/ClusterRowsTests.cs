using System.Text.Json;
using Adology.Web.Reports;

namespace Adology.Tests.Unit.Reports;

public sealed class ClusterRowsTests
{
    [Test]
    public void A_list_of_clusters_gives_one_row_per_member()
    {
        var rows = Rows("""{"clusters":[{"id":3,"theme":"summer","creativeIds":["a","b"]},{"label":"winter","creatives":[{"id":"c"}]}]}""");

        Assert.That(rows, Is.EqualTo(new[] { new ClusterRow("3", "a", "summer"), new ClusterRow("3", "b", "summer"), new ClusterRow("winter", "c", "winter") }));
    }

    [Test]
    public void Flat_rows_and_clusters_by_name_are_read_too()
    {
        Assert.That(
            Rows("""{"clusters":[{"cluster":"1","creativeId":"a","theme":"sale"}]}"""),
            Is.EqualTo(new[] { new ClusterRow("1", "a", "sale") }));
        Assert.That(Rows("""{"clusters":{"sale":["a","b"]}}"""), Is.EqualTo(new[] { new ClusterRow("sale", "a", null), new ClusterRow("sale", "b", null) }));
    }

    [TestCase("{}")]
    [TestCase("""{"clusters":null}""")]
    [TestCase("""{"clusters":[]}""")]
    public void No_clusters_give_no_rows(string analysis) => Assert.That(Rows(analysis), Is.Empty);

    private static List<ClusterRow> Rows(string analysis) => [.. ClusterRows.From(JsonSerializer.Deserialize<JsonElement>(analysis))];
}

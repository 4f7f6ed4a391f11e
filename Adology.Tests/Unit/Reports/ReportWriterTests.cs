using Adology.Modules.Contracts;
using Adology.Modules.Reports;
using Adology.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Adology.Tests.Unit.Reports;

public sealed class ReportWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly ScanView Scan = new(Guid.NewGuid(), "acme", "completed", "done", 3, 3, 0, 100, "done", Now.AddMinutes(-5), Now.AddMinutes(-1));

    /// <summary>An analysis that found nothing; each test adds what it reads.</summary>
    private static readonly BrandAnalysis EmptyAnalysis = new(
        Scan.Id, "acme", Now, 3, 0, 3, 3, new ScanChanges(null, null, 3, 0, 0, [], []), [], [], [], [],
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(),
        new CopyFigures(new Dictionary<string, int>(), new Dictionary<string, int>(), 0, 0, 0, new Dictionary<string, int>()), "", "template");

    [Test]
    public async Task The_workbook_has_its_four_sheets_in_order_with_one_row_per_creative()
    {
        var creatives = new[] { Creative("aa", "facebook", isNew: true), Creative("bb", "tiktok", isNew: false), Creative("cc", null, isNew: true) };

        var workbook = await WriteAsync(creatives, analysis: null);

        Assert.That(workbook.SheetNames, Is.EqualTo(new[] { "creatives", "duplicates", "clusters", "matches", "summary" }));
        var rows = workbook.Records("creatives");
        Assert.That(rows.Select(row => row["sha256"]), Is.EqualTo(new[] { "aa", "bb", "cc" }));
        Assert.Multiple(() =>
        {
            Assert.That(rows[0]["id"], Is.EqualTo(creatives[0].Id.ToString()));
            Assert.That(rows[0]["url"], Is.EqualTo("https://ads.example/aa.png"));
            Assert.That(rows[0]["media type"], Is.EqualTo("image/png"));
            Assert.That((rows[0]["width"], rows[0]["height"], rows[0]["bytes"]), Is.EqualTo(("640", "480", "1234")));
            Assert.That(DateTime.FromOADate(double.Parse(rows[0]["first seen"]!)), Is.EqualTo(Now.UtcDateTime.AddDays(-2)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(DateTime.FromOADate(double.Parse(rows[0]["last seen"]!)), Is.EqualTo(Now.UtcDateTime.AddMinutes(-2)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(rows[0]["seen count"], Is.EqualTo("2"));
            Assert.That(rows[0]["platform"], Is.EqualTo("facebook"));
            Assert.That(rows[0]["headline"], Is.EqualTo("Headline aa"));
            Assert.That(rows.Select(row => row["new in scan"]), Is.EqualTo(new[] { "1", "0", "1" }));
            Assert.That(rows[2]["platform"], Is.Null);
        });
    }

    [Test]
    public async Task The_workbook_is_valid_open_xml_that_the_sdk_opens()
    {
        using var xlsx = new MemoryStream();
        var creative = Creative("aa", "x", true);
        await ReportWriter.WriteAsync(
            xlsx,
            Scan,
            EmptyAnalysis with { Clusters = [Cluster(0, "t")] },
            new[] { creative }.ToAsyncEnumerable(),
            new[] { new ClusterMembership(0, creative.Id) }.ToAsyncEnumerable(),
            new[] { new ScanMatch("free shipping", 0, "https://ads.example/aa.png", "Free Shipping \U0001F525", "aa", MatchFields.Headline, Now) }.ToAsyncEnumerable(),
            Now,
            CancellationToken.None);
        xlsx.Position = 0;

        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task The_summary_counts_what_the_creatives_sheet_holds_by_platform_and_format()
    {
        var creatives = new[] { Creative("aa", "facebook", isNew: true), Creative("bb", "facebook", isNew: false), Creative("cc", null, isNew: true) };

        var summary = (await WriteAsync(creatives, EmptyAnalysis with { Summary = "3 of 3 creatives acquired", AnalyzedAt = new DateTimeOffset(2026, 11, 23, 11, 59, 0, TimeSpan.Zero) }))["summary"];

        var values = summary.Where(row => row.Count == 2).GroupBy(row => row[0]!).ToDictionary(group => group.Key, group => group.First()[1]);
        Assert.Multiple(() =>
        {
            Assert.That(values["brand"], Is.EqualTo("acme"));
            Assert.That(values["scan id"], Is.EqualTo(Scan.Id.ToString()));
            Assert.That(values["creatives"], Is.EqualTo("3"));
            Assert.That(values["new creatives"], Is.EqualTo("2"));
            Assert.That(values["facebook"], Is.EqualTo("2"));
            Assert.That(values["unknown"], Is.EqualTo("1"));
            Assert.That(values["image/png"], Is.EqualTo("3"));
            Assert.That(values["summary"], Is.EqualTo("3 of 3 creatives acquired"));
            Assert.That(DateTime.FromOADate(double.Parse(values["analysed"]!)), Is.EqualTo(new DateTime(2026, 11, 23, 11, 59, 0)).Within(TimeSpan.FromMilliseconds(1)));
        });
    }

    [Test]
    public async Task Duplicates_list_each_url_of_an_exact_group_and_each_creative_of_a_near_group()
    {
        var near = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var analysis = EmptyAnalysis with
        {
            ExactDuplicateGroups = [new("aa", ["https://a/1", "https://a/2"]), new("bb", ["https://b/1", "https://b/2", "https://b/3"])],
            NearDuplicateGroups = [new(near, 4)],
        };

        var rows = (await WriteAsync([], analysis)).Records("duplicates");

        Assert.That(
            rows.Select(row => (row["kind"], row["group"], row["sha256"], row["url"], row["creative id"], row["max distance"])),
            Is.EqualTo(new (string?, string?, string?, string?, string?, string?)[]
            {
                ("exact", "1", "aa", "https://a/1", null, null),
                ("exact", "1", "aa", "https://a/2", null, null),
                ("exact", "2", "bb", "https://b/1", null, null),
                ("exact", "2", "bb", "https://b/2", null, null),
                ("exact", "2", "bb", "https://b/3", null, null),
                ("near", "1", null, null, near[0].ToString(), "4"),
                ("near", "1", null, null, near[1].ToString(), "4"),
            }));
    }

    [Test]
    public async Task Duplicates_list_each_creative_of_a_copy_group_with_its_weakest_similarity()
    {
        var copies = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var rows = (await WriteAsync([], EmptyAnalysis with { CopyDuplicateGroups = [new(copies, 0.9312)] })).Records("duplicates");

        Assert.That(
            rows.Select(row => (row["kind"], row["group"], row["creative id"], row["min similarity"])),
            Is.EqualTo(new (string?, string?, string?, string?)[] { ("copy", "1", copies[0].ToString(), "0.9312"), ("copy", "1", copies[1].ToString(), "0.9312") }));
    }

    [Test]
    public async Task The_creatives_sheet_has_the_text_on_each_picture_and_its_labels_or_why_there_are_none()
    {
        var labels = new CreativeLabels("sneakers", ["white", "red"], "studio", ["cushioned sole", "laces"], "discount", "A white sneaker.");
        var creatives = new[]
        {
            Creative("aa", null, isNew: true) with { OnImageText = "SUMMER SALE", Labels = labels },
            Creative("bb", null, isNew: true) with { LabelFailure = "the vision model failed: down" },
            Creative("cc", null, isNew: true),
        };

        var rows = (await WriteAsync(creatives, analysis: null)).Records("creatives");

        Assert.That(
            rows.Select(row => (row["on-image text"], row["product type"], row["colors"], row["environment"], row["features"], row["marketing approach"], row["description"])),
            Is.EqualTo(new (string?, string?, string?, string?, string?, string?, string?)[]
            {
                ("SUMMER SALE", "sneakers", "white, red", "studio", "cushioned sole, laces", "discount", "A white sneaker."),
                (null, null, null, null, null, null, "(not labelled: the vision model failed: down)"),
                (null, null, null, null, null, null, null),
            }));
    }

    [Test]
    public async Task The_clusters_sheet_lists_every_member_with_its_clusters_themes()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var analysis = EmptyAnalysis with { Clusters = [Cluster(0, "summer", "sale"), Cluster(1)] };

        var clusters = (await WriteAsync([], analysis, new(0, a), new(0, b), new(1, c)))["clusters"];

        Assert.That(clusters.Skip(1), Is.EqualTo(new[]
        {
            new[] { "0", a.ToString(), "summer, sale" }, new[] { "0", b.ToString(), "summer, sale" }, new[] { "1", c.ToString(), null },
        }));
    }

    [Test]
    public async Task Without_clusters_in_the_analysis_the_clusters_sheet_has_its_header_and_a_note()
    {
        var clusters = (await WriteAsync([], EmptyAnalysis))["clusters"];

        Assert.That(clusters, Has.Count.EqualTo(2));
        Assert.That(clusters[0], Is.EqualTo(new[] { "cluster", "creative id", "themes" }));
        Assert.That(clusters[1][0], Does.StartWith("The analysis of this scan has no clusters"));
    }

    [Test]
    public async Task Text_xml_cannot_carry_is_dropped_and_emoji_are_kept()
    {
        var creative = Creative("aa", "face\u0001book", isNew: true) with { Headline = "Sale \U0001F525 now\u0000" };

        var row = (await WriteAsync([creative], analysis: null)).Records("creatives").Single();

        Assert.That((row["platform"], row["headline"]), Is.EqualTo(("facebook", "Sale \U0001F525 now")));
    }

    private static async Task<Workbook> WriteAsync(IEnumerable<SnapshotCreative> creatives, BrandAnalysis? analysis, params ClusterMembership[] members)
    {
        using var xlsx = new MemoryStream();
        await ReportWriter.WriteAsync(xlsx, Scan, analysis, creatives.ToAsyncEnumerable(), members.ToAsyncEnumerable(), AsyncEnumerable.Empty<ScanMatch>(), Now, CancellationToken.None);
        xlsx.Position = 0;
        return Workbook.Read(xlsx);
    }

    private static CreativeCluster Cluster(int number, params string[] themes) => new(number, 1, 0.5, themes, [], []);

    private static SnapshotCreative Creative(string sha256, string? platform, bool isNew) => new(
        Guid.NewGuid(), sha256, $"https://ads.example/{sha256}.png", "image/png", 640, 480, 1234,
        Now.AddDays(-2), Now.AddMinutes(-2), 2, platform, $"Headline {sha256}", isNew);
}

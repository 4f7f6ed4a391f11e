using Adology.Modules.Ai;
using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Embeddings;
using Adology.Modules.Ai.Text;
using Adology.Modules.Contracts;
using Adology.Modules.Gather.Demo;

namespace Adology.Tests.Unit.Ai.Analysis;

public sealed class BrandAnalyzerTests
{
    private const int Count = 400;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    // The production defaults: a threshold test holds for what the host runs.
    private static readonly AnalyzerSettings Settings = AnalyzerSettings.From(new AiOptions());
    private static readonly Lazy<GeneratedBrand> Brand = new(() => GeneratedBrand.Of(Count));
    private static readonly Lazy<AnalysisResult> Result = new(() => Analyze(Brand.Value, previous: null));

    [Test]
    public void The_clusters_recover_the_planted_campaigns()
    {
        var members = Result.Value.Members;

        var (precision, recall) = GeneratedBrand.PairScores(
            [.. members.Select(member => member.Cluster)], [.. members.Select(member => Brand.Value.CampaignOf(member.CreativeId))]);

        Assert.That(Result.Value.Analysis.Clusters, Has.Count.EqualTo(DemoCampaigns.All.Length));
        Assert.That(precision, Is.GreaterThanOrEqualTo(0.95), "precision");
        Assert.That(recall, Is.GreaterThanOrEqualTo(0.95), "recall");
    }

    [Test]
    public void Every_creative_of_the_brand_is_in_a_cluster_and_the_sizes_add_up()
    {
        var analysis = Result.Value.Analysis;

        Assert.That(Result.Value.Members.Select(member => member.CreativeId), Is.EquivalentTo(Brand.Value.Catalogue.Select(entry => entry.Id)));
        Assert.That(analysis.Clusters.Sum(cluster => cluster.Size), Is.EqualTo(analysis.Creatives));
        Assert.That(analysis.Clusters.Select(cluster => cluster.Size), Is.Ordered.Descending);
    }

    [Test]
    public void Each_clusters_themes_are_words_of_its_campaign()
    {
        foreach (var cluster in Result.Value.Analysis.Clusters)
        {
            var campaign = DemoCampaigns.All.Single(c => c.Name == Majority(cluster.Cluster));
            var words = Words.Of(string.Join(' ', campaign.Openers.Concat(campaign.Benefits).Concat(campaign.CallsToAction)));

            Assert.That(cluster.Themes.Take(3), Is.SubsetOf(words), $"cluster {cluster.Cluster} ({campaign.Name})");
        }
    }

    [Test]
    public void The_examples_of_a_cluster_are_its_members()
    {
        foreach (var cluster in Result.Value.Analysis.Clusters)
        {
            var members = Result.Value.Members.Where(member => member.Cluster == cluster.Cluster).Select(member => member.CreativeId);

            Assert.That(cluster.Examples, Has.Count.EqualTo(BrandAnalyzer.ExamplesPerCluster).And.SubsetOf(members));
        }
    }

    [Test]
    public void The_near_duplicate_groups_are_exactly_the_planted_pairs()
    {
        var found = Result.Value.Analysis.NearDuplicateGroups
            .Select(group => string.Join(',', group.CreativeIds.Select(id => Brand.Value.IndexOf[id]).Order()));
        var planted = Enumerable.Range(0, Count / 20).Select(block => $"{block * 20},{(block * 20) + 10}");

        Assert.That(found, Is.EquivalentTo(planted));
    }

    [Test]
    public void The_exact_duplicate_groups_are_the_planted_copies_at_their_two_urls()
    {
        var groups = Result.Value.Analysis.ExactDuplicateGroups.Select(group => string.Join(',', group.Urls.Order(StringComparer.Ordinal)));
        var planted = Enumerable.Range(0, Count / 20).Select(block =>
            string.Join(',', new[] { block * 20, (block * 20) + 19 }.Select(index => $"https://ads.example/acme/{index}.png").Order(StringComparer.Ordinal)));

        Assert.That(groups, Is.EquivalentTo(planted));
    }

    [Test]
    public void The_copy_figures_count_the_planted_scam_wording()
    {
        var planted = Brand.Value.Catalogue.Count(entry => Brand.Value.IndexOf[entry.Id] % 50 == 25);

        var copy = Result.Value.Analysis.Copy;

        Assert.That(copy.Flagged, Is.EqualTo(planted).And.GreaterThan(0));
        Assert.That(copy.Flags.Keys, Is.EquivalentTo(new[] { "guaranteed-income", "risk-free-investment" }));
        Assert.That(copy.CallsToAction.Values.Sum(), Is.EqualTo(Result.Value.Analysis.Creatives));
    }

    [Test]
    public void Colours_formats_sizes_and_platforms_cover_the_whole_brand()
    {
        var analysis = Result.Value.Analysis;

        Assert.That(analysis.DominantColours, Is.Not.Empty);
        Assert.That(analysis.Clusters.Select(cluster => cluster.Colours[0].Name).Distinct().Count(), Is.GreaterThan(1), "campaigns differ in colour");
        Assert.That(analysis.Formats, Is.EqualTo(new Dictionary<string, int> { ["image/png"] = analysis.Creatives }));
        Assert.That(analysis.Sizes, Is.EqualTo(new Dictionary<string, int> { [$"{DemoPainter.Size}x{DemoPainter.Size}"] = analysis.Creatives }));
        Assert.That(analysis.Platforms.Values.Sum(), Is.EqualTo(analysis.Creatives));
    }

    [Test]
    public void Without_a_previous_scan_everything_the_scan_saw_first_is_new()
    {
        var changes = Result.Value.Analysis.Changes;

        Assert.That((changes.PreviousScanId, changes.New, changes.Returning, changes.Gone), Is.EqualTo(((Guid?)null, Brand.Value.Catalogue.Count, 0, 0)));
    }

    [Test]
    public void Against_the_previous_scan_the_analysis_tells_new_returning_and_gone_creatives()
    {
        // The previous scan saw indexes 0–79; an older one saw 80–99 too; this one sees 40–199.
        var brand = GeneratedBrand.Of(200);
        var older = Guid.NewGuid();
        var catalogue = brand.Catalogue.Select(entry => brand.IndexOf[entry.Id] < 100 ? entry with { FirstScanId = older } : entry).ToList();
        var items = brand.Items.Skip(40).ToList();
        var previous = new PreviousScan(older, Now.AddDays(-1), catalogue.Where(entry => brand.IndexOf[entry.Id] < 80).Select(entry => entry.Id).ToHashSet());
        int Unique(int from, int to) => catalogue.Count(entry => brand.IndexOf[entry.Id] >= from && brand.IndexOf[entry.Id] < to);

        var input = new AnalysisInput(brand.Scan, items, catalogue, previous, TextIsTermFrequencies: true, VisualHasColours: true);
        var changes = BrandAnalyzer.Analyze(input, Settings, Now).Analysis.Changes;

        Assert.That((changes.New, changes.Returning, changes.Gone), Is.EqualTo((Unique(100, 200), Unique(80, 100), Unique(0, 40))));
        Assert.That(changes.GoneIds.Select(id => brand.IndexOf[id]), Has.All.LessThan(40));
        Assert.That((changes.PreviousScanId, changes.PreviousScanAt), Is.EqualTo(((Guid?)older, (DateTimeOffset?)Now.AddDays(-1))));
    }

    [Test]
    public void The_template_summary_tells_the_groups_their_themes_and_the_flagged_copy()
    {
        var analysis = Result.Value.Analysis;

        Assert.That(analysis.SummarySource, Is.EqualTo(SummaryTemplate.Source));
        Assert.That(analysis.Summary, Does.Contain($"acme has {analysis.Creatives} distinct creatives"));
        Assert.That(analysis.Summary, Does.Contain($"fall into {DemoCampaigns.All.Length} groups"));
        Assert.That(analysis.Summary, Does.Contain(string.Join(", ", analysis.Clusters[0].Themes.Take(3))));
        Assert.That(analysis.Summary, Does.Contain($"{analysis.Copy.Flagged} flagged by the content rules"));
    }

    [Test]
    public void The_same_brand_is_analysed_the_same_way_twice()
    {
        var again = Analyze(Brand.Value, previous: null).Analysis;

        Assert.That(again with { AnalyzedAt = Now }, Is.EqualTo(Result.Value.Analysis with { AnalyzedAt = Now }).Using<BrandAnalysis>(SameJson));
    }

    [Test]
    public void A_catalogue_read_with_its_embeddings_still_encoded_is_analysed_as_the_same_catalogue_decoded()
    {
        var brand = Brand.Value;
        var stored = brand.Catalogue.Select(entry => entry with { Insight = null, Stored = StoredInsight.Of(entry.Insight!) }).ToList();
        var decoded = stored.Select(entry => entry with { Insight = StoredInsight.Read(entry.Stored!.Visual, entry.Stored.Text, entry.Stored.AttributesJson), Stored = null }).ToList();

        var fromStored = Analyze(brand, stored);
        var fromDecoded = Analyze(brand, decoded);

        Assert.That(fromStored.Analysis, Is.EqualTo(fromDecoded.Analysis).Using<BrandAnalysis>(SameJson));
        Assert.That(fromStored.Analysis.Copy.Flagged, Is.GreaterThan(0), "the attributes were read");
        Assert.That(fromStored.Analysis.DominantColours, Is.Not.Empty, "the colours were read");
        Assert.That(fromStored.Members, Is.EqualTo(fromDecoded.Members));
        Assert.That(fromStored.Vectors.Count, Is.EqualTo(brand.Catalogue.Count));
        for (var row = 0; row < fromStored.Vectors.Count; row++)
        {
            Assert.That(fromStored.Vectors.ToArray(row), Is.EqualTo(fromDecoded.Vectors.ToArray(row)), $"row {row}");
        }
    }

    private static bool SameJson(BrandAnalysis a, BrandAnalysis b) =>
        System.Text.Json.JsonSerializer.Serialize(a) == System.Text.Json.JsonSerializer.Serialize(b);

    private static string Majority(int cluster) =>
        Result.Value.Members.Where(member => member.Cluster == cluster)
            .GroupBy(member => Brand.Value.CampaignOf(member.CreativeId))
            .MaxBy(group => group.Count())!.Key;

    private static AnalysisResult Analyze(GeneratedBrand brand, PreviousScan? previous) =>
        BrandAnalyzer.Analyze(new AnalysisInput(brand.Scan, brand.Items, brand.Catalogue, previous, TextIsTermFrequencies: true, VisualHasColours: true), Settings, Now);

    private static AnalysisResult Analyze(GeneratedBrand brand, List<CatalogueEntry> catalogue) =>
        BrandAnalyzer.Analyze(new AnalysisInput(brand.Scan, brand.Items, catalogue, null, TextIsTermFrequencies: true, VisualHasColours: true), Settings, Now);
}

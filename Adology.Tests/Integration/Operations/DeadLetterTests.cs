using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Operations;

/// <summary>
/// The admin's dead letters behave the same on both transports. A scan of a source no host knows makes its
/// ScanRequested fail every retry; without redeliveries it is dead-lettered within seconds.
/// </summary>
[TestFixture("InMemory")]
[TestFixture("RabbitMq")]
public sealed class DeadLetterTests(string transport)
{
    private readonly List<Guid> failingScans = [];
    private TestHost host = null!;
    private ApiUser admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var settings = transport == "RabbitMq" ? ScaleOutServices.RabbitMqSettings() : new Dictionary<string, string?> { ["Messaging:Transport"] = transport };
        settings["Messaging:Redeliveries"] = "0";
        settings["Jobs:Enabled"] = "false";
        host = new TestHost(settings);
        admin = await ApiUser.AdminAsync(host);
    }

    /// <summary>The failing scans end failed, so that no recovery sweep of a later host picks them up.</summary>
    [OneTimeTearDown]
    public async Task StopHost()
    {
        host.Dispose();
        await TestDatabase.ScalarAsync("UPDATE scans.scans SET status = 'failed' WHERE id = ANY(@ids)", ("ids", failingScans.ToArray()));
    }

    [Test]
    public async Task A_message_that_exhausts_its_retries_is_listed_with_its_queue_type_and_reason()
    {
        var scanId = await StartFailingScanAsync();

        var letter = await WaitForDeadLetterAsync(scanId);

        Assert.That((letter.Queue, letter.MessageType), Is.EqualTo(("scan-requested", nameof(ScanRequested))));
        Assert.That(letter.Reason, Does.Contain("no matching element"));
        Assert.That(letter.FaultedAt, Is.Not.Null);
    }

    [Test]
    public async Task A_replayed_dead_letter_is_consumed_again_and_leaves_the_list()
    {
        var scanId = await StartFailingScanAsync();
        var letter = await WaitForDeadLetterAsync(scanId);
        await TestDatabase.ScalarAsync("UPDATE scans.scans SET source_type = 'demo', source = '{\"type\":\"demo\",\"count\":3}' WHERE id = @id", ("id", scanId));

        var replay = await admin.Http.PostAsync($"/api/admin/dead-letters/{letter.Id}/replay", null);

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((await admin.WaitForScanAsync(scanId)).Status, Is.EqualTo("completed"));
        Assert.That(await FindDeadLetterAsync(scanId), Is.Null);
    }

    [Test]
    public async Task A_discarded_dead_letter_is_gone_and_discarding_it_again_is_404()
    {
        var scanId = await StartFailingScanAsync();
        var letter = await WaitForDeadLetterAsync(scanId);

        var discard = await admin.Http.DeleteAsync($"/api/admin/dead-letters/{letter.Id}");
        var again = await admin.Http.DeleteAsync($"/api/admin/dead-letters/{letter.Id}");

        Assert.That((discard.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NotFound)));
        Assert.That(await FindDeadLetterAsync(scanId), Is.Null);
        Assert.That((await admin.ScanAsync(scanId)).Status, Is.EqualTo("gathering"));
    }

    [Test]
    public async Task A_dead_lettered_AcquireCreatives_sent_as_raw_JSON_is_listed_with_its_id_and_type_and_replayed()
    {
        var scanId = await StartUncountableScanAsync();
        var letter = await WaitForDeadLetterAsync(scanId);
        await TestDatabase.ScalarAsync("UPDATE scans.scans SET acquired = 0, failed = 0 WHERE id = @id", ("id", scanId));

        var replay = await admin.Http.PostAsync($"/api/admin/dead-letters/{letter.Id}/replay", null);

        Assert.That((letter.MessageType, letter.Message.GetProperty("ordinals")[0].GetInt32()), Is.EqualTo((nameof(AcquireCreatives), 0)));
        Assert.That(letter.Id, Is.Not.EqualTo(Guid.Empty));
        Assert.That(letter.Reason, Does.Contain("out of range"));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((await admin.WaitForScanAsync(scanId)).Processed, Is.EqualTo(1));
        Assert.That(await FindDeadLetterAsync(scanId), Is.Null);
    }

    [Test]
    public async Task An_unknown_id_is_404_and_one_that_is_not_a_GUID_400_as_problem_details()
    {
        var unknown = await admin.Http.PostAsync($"/api/admin/dead-letters/{Guid.NewGuid()}/replay", null);
        var malformed = await admin.Http.DeleteAsync("/api/admin/dead-letters/not-an-id");

        Assert.That((unknown.StatusCode, malformed.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.BadRequest)));
        Assert.That(malformed.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Only_admins_see_dead_letters()
    {
        var user = await ApiUser.RegisterAsync(host);

        var asUser = await user.Http.GetAsync("/api/admin/dead-letters");
        var anonymous = await host.CreateClient().GetAsync("/api/admin/dead-letters");

        Assert.That((asUser.StatusCode, anonymous.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized)));
    }

    /// <summary>A queued scan whose source type no host knows, requested on the bus as the API would.</summary>
    private async Task<Guid> StartFailingScanAsync()
    {
        var scanId = Guid.NewGuid();
        await TestDatabase.ScalarAsync(
            """
            INSERT INTO scans.scans (id, owner_id, brand, source_type, source, status, phase, acquired, failed, created_at, updated_at, seq)
            VALUES (@id, @id, @brand, 'unknown', '{"type":"unknown"}', 'queued', 'queued', 0, 0, now(), now(), 0)
            """,
            ("id", scanId),
            ("brand", ApiUser.UniqueBrand("dead")));
        failingScans.Add(scanId);
        await host.PublishAsync(new ScanRequested(scanId));
        return scanId;
    }

    /// <summary>
    /// An acquiring scan of one item whose counters are at their limit: recording the item's outcome overflows them, so
    /// its AcquireCreatives fails every retry.
    /// </summary>
    private async Task<Guid> StartUncountableScanAsync()
    {
        var scanId = Guid.NewGuid();
        await TestDatabase.ScalarAsync(
            """
            INSERT INTO scans.scans (id, owner_id, brand, source_type, source, status, phase, total, acquired, failed, created_at, updated_at, seq)
            VALUES (@id, @id, @brand, 'demo', '{"type":"demo","count":1}', 'acquiring', 'acquiring', 1, 2147483647, 2147483647, now(), now(), 0);
            INSERT INTO scans.scan_items (scan_id, ordinal, url, state) VALUES (@id, 0, 'http://127.0.0.1:1/never.png', 0);
            """,
            ("id", scanId),
            ("brand", ApiUser.UniqueBrand("dead")));
        failingScans.Add(scanId);
        await host.PublishAsync(new AcquireCreatives(scanId, [0]));
        return scanId;
    }

    private async Task<DeadLetterView> WaitForDeadLetterAsync(Guid scanId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await FindDeadLetterAsync(scanId) is { } letter)
            {
                return letter;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"The message of {scanId} was not dead-lettered.");
            await Task.Delay(200);
        }
    }

    private async Task<DeadLetterView?> FindDeadLetterAsync(Guid scanId)
    {
        var letters = await admin.Http.GetFromJsonAsync<Page<DeadLetterView>>($"/api/admin/dead-letters?pageSize={PageRequest.MaxPageSize}", JsonSerializerOptions.Web);
        return letters!.Items.SingleOrDefault(letter => letter.Message.TryGetProperty("scanId", out var id) && id.GetGuid() == scanId);
    }

    private sealed record DeadLetterView(Guid Id, string Queue, string MessageType, JsonElement Message, string? Reason, DateTimeOffset? FaultedAt);
}

using System.Net.Http.Json;
using Adology.Tests.Integration.Api;
using Adology.Tests.Integration.Support;
using static Adology.Tests.Integration.Quotas.QuotaAssertions;

namespace Adology.Tests.Integration.Quotas;

/// <summary>
/// The schedule quotas on the shared host, the one that runs Hangfire and so serves the schedule endpoints: 3 schedules
/// per user, 15 minutes between runs at least (<see cref="TestHost"/>).
/// </summary>
public sealed class ScheduleQuotaTests
{
    private const int SchedulesPerUser = 3;
    private const string Daily = "0 6 * * *";

    private readonly List<(ApiUser Owner, string Brand)> saved = [];

    [TearDown]
    public async Task RemoveSchedules()
    {
        foreach (var (owner, brand) in saved)
        {
            await owner.Http.DeleteAsync(new Uri($"/api/brands/{brand}/schedule", UriKind.Relative));
        }

        saved.Clear();
    }

    [Test]
    public async Task A_new_schedule_beyond_the_users_count_is_a_429_naming_the_limit()
    {
        var user = await UserWithSchedulesAsync(SchedulesPerUser);
        var brand = ApiUser.UniqueBrand("one-more");

        var response = await user.Http.PutAsJsonAsync($"/api/brands/{brand}/schedule", new { source = new { type = "demo", count = 5 }, cron = Daily });

        await AssertOverQuotaAsync(response, "SchedulesPerUser", SchedulesPerUser);
        Assert.That(await PutScheduleAsync(user, saved[0].Brand, "0 7 * * *"), Is.EqualTo(200), "replacing one of them is not one more");
    }

    [Test]
    public async Task Another_user_saves_schedules_while_one_user_is_at_the_count()
    {
        var full = await UserWithSchedulesAsync(SchedulesPerUser);
        var other = await ApiUser.RegisterAsync(SharedHost.Instance);
        var brand = ApiUser.UniqueBrand("other");

        var refused = await PutScheduleAsync(full, ApiUser.UniqueBrand("one-more"), Daily);
        var status = await PutScheduleAsync(other, brand, Daily);
        saved.Add((other, brand));

        Assert.That((refused, status), Is.EqualTo((429, 200)));
    }

    [TestCase("*/5 * * * *")]
    [TestCase("0,10 6 * * *")]
    public async Task A_schedule_running_more_often_than_the_minimum_interval_is_a_400_naming_cron(string cron)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.PutAsJsonAsync($"/api/brands/{ApiUser.UniqueBrand()}/schedule", new { source = new { type = "demo", count = 5 }, cron });

        await ScanValidationTests.AssertValidationProblemAsync(response, "cron");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Quotas__MinScheduleInterval").And.Contain("00:15:00"));
    }

    [Test]
    public async Task An_admin_is_exempt_from_the_schedule_count_and_interval_that_stop_a_user()
    {
        var user = await UserWithSchedulesAsync(SchedulesPerUser);
        var admin = await ApiUser.AdminAsync(SharedHost.Instance);
        var usersStatuses = new[] { await PutScheduleAsync(user, ApiUser.UniqueBrand("one-more"), Daily), await PutScheduleAsync(user, saved[0].Brand, "*/5 * * * *") };
        var statuses = new List<int>();
        for (var schedule = 0; schedule <= SchedulesPerUser; schedule++)
        {
            var brand = ApiUser.UniqueBrand("admin");
            statuses.Add(await PutScheduleAsync(admin, brand, "*/5 * * * *"));
            saved.Add((admin, brand));
        }

        Assert.That(usersStatuses, Is.EqualTo(new[] { 429, 400 }));
        Assert.That(statuses, Has.All.EqualTo(200));
    }

    private async Task<ApiUser> UserWithSchedulesAsync(int count)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        for (var schedule = 0; schedule < count; schedule++)
        {
            var brand = ApiUser.UniqueBrand("kept");
            Assert.That(await PutScheduleAsync(user, brand, Daily), Is.EqualTo(200));
            saved.Add((user, brand));
        }

        return user;
    }
}

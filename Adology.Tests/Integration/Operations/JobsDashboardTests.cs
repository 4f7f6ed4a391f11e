using System.Net;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Operations;

public sealed class JobsDashboardTests
{
    [Test]
    public async Task Anonymous_visitors_get_401()
    {
        var response = await SharedHost.Instance.CreateClient().GetAsync("/hangfire");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Users_who_are_not_admins_get_403()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.GetAsync("/hangfire");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_admin_sees_the_recurring_recovery_sweep()
    {
        var admin = await ApiUser.AdminAsync(SharedHost.Instance);

        var page = await admin.Http.GetStringAsync("/hangfire/recurring");

        Assert.That(page, Does.Contain("recovery-sweep"));
    }

    [Test]
    public async Task A_browser_opens_the_dashboard_with_the_token_in_the_query_and_keeps_it_in_a_cookie()
    {
        var admin = await ApiUser.AdminAsync(SharedHost.Instance);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = SharedHost.Instance.BaseUri };

        var first = await browser.GetAsync($"/hangfire?access_token={admin.AccessToken}");
        var next = await browser.GetAsync("/hangfire/recurring");

        Assert.That((first.StatusCode, next.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(cookies.GetCookies(new Uri(SharedHost.Instance.BaseUri, "/hangfire/"))["adology_jobs_token"]?.HttpOnly, Is.True);
    }

    [Test]
    public async Task An_admins_action_without_the_antiforgery_token_is_refused()
    {
        var admin = await ApiUser.AdminAsync(SharedHost.Instance);

        var response = await admin.Http.PostAsync("/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "no-such-job")]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}

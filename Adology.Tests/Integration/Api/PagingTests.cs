using System.Net;
using System.Net.Http.Json;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Api;

public sealed class PagingTests
{
    [TestCase("/api/scans")]
    [TestCase("/api/brands/acme/creatives")]
    public async Task A_page_number_at_the_top_of_int_is_an_empty_page_not_a_server_error(string list)
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);

        var response = await user.Http.GetAsync($"{list}?page={int.MaxValue}&pageSize={PageRequest.MaxPageSize}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.Content.ReadFromJsonAsync<Page<ScanView>>())!.Items, Is.Empty);
    }
}

using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>The catalogue browser and the brand timeline of the dashboard, found by their data-testid attributes.</summary>
internal sealed class CataloguePage(DashboardPage dashboard)
{
    public IPage Page => dashboard.Page;

    public ILocator Rows => dashboard.ByTestId("catalogue-row");

    public ILocator Headlines => dashboard.ByTestId("catalogue-headline");

    public ILocator Marks => dashboard.ByTestId("timeline-mark");

    public ILocator Field(string name) => dashboard.ByTestId($"catalogue-{name}");

    public ILocator Error(string name) => dashboard.ByTestId($"catalogue-error-{name}");

    public ILocator ByTestId(string testId) => dashboard.ByTestId(testId);

    public async Task SearchAsync(string q)
    {
        await Field("q").FillAsync(q);
        await ByTestId("catalogue-submit").ClickAsync();
    }

    /// <summary>The dashboard at a view's fragment, as a shared link or a reload opens it (the session is kept).</summary>
    public Task GoToAsync(Uri host, string fragment) => Page.GotoAsync(new Uri(host, "/" + fragment).AbsoluteUri);
}

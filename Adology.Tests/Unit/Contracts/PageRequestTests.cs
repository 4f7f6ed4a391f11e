using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Contracts;

public sealed class PageRequestTests
{
    [Test]
    public void The_largest_page_number_at_the_largest_page_size_skips_a_positive_number_of_rows()
    {
        var page = PageRequest.From(int.MaxValue, int.MaxValue);

        Assert.That(page.Skip, Is.GreaterThanOrEqualTo(0));
    }
}

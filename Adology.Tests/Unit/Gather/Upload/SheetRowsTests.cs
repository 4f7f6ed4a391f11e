using Adology.Modules.Gather.Upload;

namespace Adology.Tests.Unit.Gather.Upload;

public sealed class SheetRowsTests
{
    [TestCase("Landing URL", "landingUrl")]
    [TestCase("landing_url", "landingUrl")]
    [TestCase(" URL ", "url")]
    [TestCase("Started at", "startedAt")]
    [TestCase("File name", "file")]
    [TestCase("Campaign", "Campaign")]
    public void Known_columns_get_their_canonical_names(string header, string name) => Assert.That(SheetColumns.Canonical(header), Is.EqualTo(name));

    [Test]
    public void Rows_keep_their_sheet_numbers_and_skip_empty_rows()
    {
        string?[][] raw = [["url", "headline"], ["https://a.example/1.png", "One"], [null, " "], ["https://a.example/2.png", null]];

        var rows = SheetRows.Read("ads.csv", raw, SheetColumns.Url, new UploadOptions()).ToList();

        Assert.That(rows.Select(row => row.Number), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(rows[1].Cells.Keys, Is.EqualTo(new[] { "url" }));
    }

    [Test]
    public void Overlong_cell_is_refused_naming_row_and_column()
    {
        string?[][] raw = [["url", "body"], ["https://a.example/1.png", new string('x', 31)]];

        var refused = Assert.Throws<UploadRefusedException>(() => SheetRows.Read("ads.csv", raw, SheetColumns.Url, new UploadOptions { MaxCellLength = 30 }).ToList());

        Assert.That(refused!.Refusal.Detail, Is.EqualTo("ads.csv, row 2: the 'body' cell is longer than 30 characters"));
    }

    [Test]
    public void Column_named_twice_is_refused()
    {
        string?[][] raw = [["url", "Headline", "headline"]];

        var refused = Assert.Throws<UploadRefusedException>(() => SheetRows.Read("ads.csv", raw, SheetColumns.Url, new UploadOptions()).ToList());

        Assert.That(refused!.Refusal.Reason, Is.EqualTo("the column 'headline' is named twice"));
    }
}

using System.IO.Compression;
using Adology.Modules.Gather.Upload;

namespace Adology.Tests.Unit.Gather.Upload;

public sealed class ZipLimitsTests
{
    [TestCase("/etc/passwd")]
    [TestCase("\\windows\\system.ini")]
    [TestCase("C:/ads/a.png")]
    [TestCase("ads/../../a.png")]
    [TestCase("ads\\..\\a.png")]
    [TestCase("a\u0000.png")]
    public void Unsafe_entry_names_are_refused(string name) => Assert.That(ZipLimits.UnsafeName(name), Is.Not.Null);

    [TestCase("a.png")]
    [TestCase("summer/deep/a.png")]
    [TestCase("summer/..a.png")]
    public void Plain_entry_names_pass(string name) => Assert.That(ZipLimits.UnsafeName(name), Is.Null);

    [Test]
    public void Symbolic_link_entry_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var link = archive.CreateEntry("a.png");
            link.ExternalAttributes = 0xA1FF << 16;
            using var stream = link.Open();
            stream.Write("/etc/passwd"u8);
        }

        buffer.Position = 0;
        using var read = new ZipArchive(buffer, ZipArchiveMode.Read);

        var refused = Assert.Throws<UploadRefusedException>(() => ZipLimits.Check("links.zip", read, new UploadOptions()));
        Assert.That(refused!.Refusal.Detail, Is.EqualTo("links.zip, entry 'a.png': the entry is a symbolic link"));
    }

    [Test]
    public void Archive_with_more_entries_than_allowed_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 4; i++)
            {
                archive.CreateEntry($"{i}.png");
            }
        }

        buffer.Position = 0;
        using var read = new ZipArchive(buffer, ZipArchiveMode.Read);

        var refused = Assert.Throws<UploadRefusedException>(() => ZipLimits.Check("many.zip", read, new UploadOptions { MaxZipEntries = 3 }));
        Assert.That(refused!.Refusal.Reason, Is.EqualTo("the archive has 4 entries, more than the 3 allowed"));
    }

    [Test]
    public void Archive_unpacking_to_more_than_allowed_is_a_413()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("a.png", CompressionLevel.NoCompression).Open();
            stream.Write(new byte[2000]);
        }

        buffer.Position = 0;
        using var read = new ZipArchive(buffer, ZipArchiveMode.Read);

        var refused = Assert.Throws<UploadRefusedException>(() => ZipLimits.Check("big.zip", read, new UploadOptions { MaxUncompressedBytes = 1000 }));
        Assert.That(refused!.Refusal.Status, Is.EqualTo(413));
    }
}

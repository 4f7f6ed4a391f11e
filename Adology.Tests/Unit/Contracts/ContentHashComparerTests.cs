using System.Security.Cryptography;
using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Contracts;

internal sealed class ContentHashComparerTests
{
    [Test]
    public void Two_arrays_of_the_same_hash_are_equal_and_hash_alike()
    {
        var (a, b) = (SHA256.HashData("creative"u8), SHA256.HashData("creative"u8));

        Assert.That(ContentHashComparer.Instance.Equals(a, b), Is.True);
        Assert.That(ContentHashComparer.Instance.GetHashCode(a), Is.EqualTo(ContentHashComparer.Instance.GetHashCode(b)));
    }

    [Test]
    public void Hashes_that_differ_in_one_byte_are_not_equal()
    {
        var a = SHA256.HashData("creative"u8);
        var b = (byte[])a.Clone();
        b[31] ^= 1;

        Assert.That(ContentHashComparer.Instance.Equals(a, b), Is.False);
    }
}

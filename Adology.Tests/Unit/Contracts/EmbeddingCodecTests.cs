using System.Buffers.Binary;
using Adology.Modules.Contracts;

namespace Adology.Tests.Unit.Contracts;

public sealed class EmbeddingCodecTests
{
    [Test]
    public void A_dense_vector_comes_back_to_half_precision()
    {
        var vector = Enumerable.Range(0, 99).Select(i => MathF.Sin(i + 1) / 7).ToArray();

        var decoded = EmbeddingCodec.Decode(EmbeddingCodec.Encode(vector));

        Assert.That(decoded, Is.EqualTo(vector).Within(0.001f));
    }

    [Test]
    public void A_mostly_zero_vector_is_stored_sparse_and_comes_back_whole()
    {
        var vector = new float[512];
        (vector[3], vector[200], vector[511]) = (0.5f, -0.25f, 0.125f);

        var stored = EmbeddingCodec.Encode(vector);

        Assert.That(stored, Has.Length.EqualTo(3 + (3 * 4)));
        Assert.That(EmbeddingCodec.Decode(stored), Is.EqualTo(vector));
    }

    [Test]
    public void Decoding_into_a_span_gives_the_values_of_the_decoded_array_and_clears_what_a_sparse_vector_leaves_out()
    {
        var dense = EmbeddingCodec.Encode(Enumerable.Range(0, 99).Select(i => MathF.Cos(i) / 3).ToArray());
        var sparseVector = new float[512];
        (sparseVector[7], sparseVector[300]) = (0.75f, -0.5f);
        var sparse = EmbeddingCodec.Encode(sparseVector);
        var destination = new float[99 + 512];
        Array.Fill(destination, 9f);

        EmbeddingCodec.Decode(dense, destination.AsSpan(0, 99));
        EmbeddingCodec.Decode(sparse, destination.AsSpan(99));

        Assert.That(EmbeddingCodec.Dimensions(dense), Is.EqualTo(99));
        Assert.That(EmbeddingCodec.Dimensions(sparse), Is.EqualTo(512));
        Assert.That(destination, Is.EqualTo(EmbeddingCodec.Decode(dense).Concat(EmbeddingCodec.Decode(sparse))));
    }

    [TestCase(512)]
    [TestCase(5_000)]
    public void Values_are_stored_and_read_back_as_the_scalar_half_precision_conversion_rounds_them(int dimensions)
    {
        var random = new Random(dimensions);
        // Magnitudes from half precision's subnormals to beyond its range (infinity), negative zero and exact ties.
        float[] edges = [-0f, 6e-8f, 3e-5f, 1.00048828125f, 65504f, 65520f, -70000f, 0.1f];
        var vector = Enumerable.Range(0, dimensions)
            .Select(i => i < edges.Length ? edges[i] : (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-7, 5))))
            .ToArray();
        var halves = vector.Select(value => (Half)value).ToArray();
        var expected = new byte[3 + (dimensions * 2)];
        (expected[0], expected[1], expected[2]) = (1, (byte)dimensions, (byte)(dimensions >> 8));
        for (var i = 0; i < dimensions; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(expected.AsSpan(3 + (i * 2)), halves[i]);
        }

        var stored = EmbeddingCodec.Encode(vector);

        Assert.That(stored, Is.EqualTo(expected));
        Assert.That(EmbeddingCodec.Decode(stored), Is.EqualTo(halves.Select(value => (float)value)));
    }

    [Test]
    public void Decoding_into_a_span_of_another_length_is_refused() =>
        Assert.That(() => EmbeddingCodec.Decode(EmbeddingCodec.Encode([1f, 2f]), new float[3]), Throws.ArgumentException);

    [Test]
    public void An_empty_vector_round_trips() => Assert.That(EmbeddingCodec.Decode(EmbeddingCodec.Encode([])), Is.Empty);

    [TestCase(new byte[] { })]
    [TestCase(new byte[] { 9, 1, 0, 0, 0 })]
    [TestCase(new byte[] { 1, 2, 0, 0, 60 })]
    [TestCase(new byte[] { 2, 2, 0, 5, 0, 0, 60 })]
    public void Bytes_that_are_not_an_embedding_are_refused(byte[] stored) =>
        Assert.That(() => EmbeddingCodec.Decode(stored), Throws.TypeOf<InvalidDataException>());
}

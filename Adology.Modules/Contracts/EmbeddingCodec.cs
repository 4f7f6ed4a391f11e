using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace Adology.Modules.Contracts;

/// <summary>
/// Embeddings as stored in <c>bytea</c> columns: half-precision floats, which keep a cosine to about three
/// decimals at half the size. A vector mostly of zeros (hashed text features) is stored sparse, as
/// (index, value) pairs; the rest dense. Layout: a format byte, the dimension count (uint16), then the values.
/// </summary>
public static class EmbeddingCodec
{
    public const int MaxDimensions = ushort.MaxValue;

    private const byte Dense = 1, Sparse = 2;

    /// <summary>Dimensions converted on the stack (2 bytes each): every embedding here has a few hundred.</summary>
    private const int StackLimit = 4096;

    /// <exception cref="ArgumentOutOfRangeException">The vector has more than <see cref="MaxDimensions"/> dimensions.</exception>
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vector.Length, MaxDimensions, nameof(vector));
        // Converted all at once, vectorised: value by value the conversion was most of the cost of an acquired item's two embeddings.
        Span<Half> halves = vector.Length <= StackLimit ? stackalloc Half[vector.Length] : new Half[vector.Length];
        TensorPrimitives.ConvertToHalf(vector, halves);
        var nonZero = 0;
        foreach (var value in halves)
        {
            nonZero += value != Half.Zero ? 1 : 0;
        }

        // A pair takes two values' room, so sparse pays when under half the values are non-zero.
        return nonZero * 2 < halves.Length ? EncodeSparse(halves, nonZero) : EncodeDense(halves);
    }

    /// <exception cref="InvalidDataException">The bytes are not an encoded embedding.</exception>
    public static float[] Decode(ReadOnlySpan<byte> stored)
    {
        var vector = new float[Dimensions(stored)];
        Decode(stored, vector);
        return vector;
    }

    /// <summary>The dimension count of an encoded embedding, without decoding it.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an encoded embedding.</exception>
    public static int Dimensions(ReadOnlySpan<byte> stored) =>
        stored.Length >= 3
            ? BinaryPrimitives.ReadUInt16LittleEndian(stored[1..])
            : throw new InvalidDataException("an encoded embedding has at least 3 bytes");

    /// <summary>Decodes into <paramref name="destination"/>, of <see cref="Dimensions"/> values, rather than a new array.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an encoded embedding.</exception>
    /// <exception cref="ArgumentException">The destination is not of the embedding's dimension count.</exception>
    public static void Decode(ReadOnlySpan<byte> stored, Span<float> destination)
    {
        var dimensions = Dimensions(stored);
        if (destination.Length != dimensions)
        {
            throw new ArgumentException($"the embedding has {dimensions} dimensions, the destination {destination.Length}", nameof(destination));
        }

        var values = stored[3..];
        switch (stored[0])
        {
            case Dense when values.Length == dimensions * 2:
                Span<Half> halves = dimensions <= StackLimit ? stackalloc Half[dimensions] : new Half[dimensions];
                for (var i = 0; i < dimensions; i++)
                {
                    halves[i] = BinaryPrimitives.ReadHalfLittleEndian(values[(i * 2)..]);
                }

                TensorPrimitives.ConvertToSingle(halves, destination);
                return;
            case Sparse when values.Length % 4 == 0:
                destination.Clear();
                for (var pair = 0; pair < values.Length; pair += 4)
                {
                    var index = BinaryPrimitives.ReadUInt16LittleEndian(values[pair..]);
                    if (index >= dimensions)
                    {
                        throw new InvalidDataException($"an encoded embedding of {dimensions} dimensions names dimension {index}");
                    }

                    destination[index] = (float)BinaryPrimitives.ReadHalfLittleEndian(values[(pair + 2)..]);
                }

                return;
            default:
                throw new InvalidDataException($"not an encoded embedding (format {stored[0]}, {stored.Length} bytes)");
        }
    }

    private static byte[] EncodeDense(ReadOnlySpan<Half> vector)
    {
        var stored = Header(Dense, vector.Length, vector.Length * 2);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(stored.AsSpan(3 + (i * 2)), vector[i]);
        }

        return stored;
    }

    private static byte[] EncodeSparse(ReadOnlySpan<Half> vector, int nonZero)
    {
        var stored = Header(Sparse, vector.Length, nonZero * 4);
        var at = 3;
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] != Half.Zero)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(stored.AsSpan(at), (ushort)i);
                BinaryPrimitives.WriteHalfLittleEndian(stored.AsSpan(at + 2), vector[i]);
                at += 4;
            }
        }

        return stored;
    }

    private static byte[] Header(byte format, int dimensions, int valueBytes)
    {
        var stored = new byte[3 + valueBytes];
        stored[0] = format;
        BinaryPrimitives.WriteUInt16LittleEndian(stored.AsSpan(1), (ushort)dimensions);
        return stored;
    }
}

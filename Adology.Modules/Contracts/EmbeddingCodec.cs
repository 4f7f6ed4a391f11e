using System.Buffers.Binary;

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

    /// <exception cref="ArgumentOutOfRangeException">The vector has more than <see cref="MaxDimensions"/> dimensions.</exception>
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vector.Length, MaxDimensions, nameof(vector));
        var nonZero = 0;
        foreach (var value in vector)
        {
            nonZero += (Half)value != Half.Zero ? 1 : 0;
        }

        // A pair takes two values' room, so sparse pays when under half the values are non-zero.
        return nonZero * 2 < vector.Length ? EncodeSparse(vector, nonZero) : EncodeDense(vector);
    }

    /// <exception cref="InvalidDataException">The bytes are not an encoded embedding.</exception>
    public static float[] Decode(ReadOnlySpan<byte> stored)
    {
        if (stored.Length < 3)
        {
            throw new InvalidDataException("an encoded embedding has at least 3 bytes");
        }

        var dimensions = BinaryPrimitives.ReadUInt16LittleEndian(stored[1..]);
        var values = stored[3..];
        var vector = new float[dimensions];
        switch (stored[0])
        {
            case Dense when values.Length == dimensions * 2:
                for (var i = 0; i < dimensions; i++)
                {
                    vector[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(values[(i * 2)..]);
                }

                return vector;
            case Sparse when values.Length % 4 == 0:
                for (var pair = 0; pair < values.Length; pair += 4)
                {
                    var index = BinaryPrimitives.ReadUInt16LittleEndian(values[pair..]);
                    if (index >= dimensions)
                    {
                        throw new InvalidDataException($"an encoded embedding of {dimensions} dimensions names dimension {index}");
                    }

                    vector[index] = (float)BinaryPrimitives.ReadHalfLittleEndian(values[(pair + 2)..]);
                }

                return vector;
            default:
                throw new InvalidDataException($"not an encoded embedding (format {stored[0]}, {stored.Length} bytes)");
        }
    }

    private static byte[] EncodeDense(ReadOnlySpan<float> vector)
    {
        var stored = Header(Dense, vector.Length, vector.Length * 2);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(stored.AsSpan(3 + (i * 2)), (Half)vector[i]);
        }

        return stored;
    }

    private static byte[] EncodeSparse(ReadOnlySpan<float> vector, int nonZero)
    {
        var stored = Header(Sparse, vector.Length, nonZero * 4);
        var at = 3;
        for (var i = 0; i < vector.Length; i++)
        {
            var value = (Half)vector[i];
            if (value != Half.Zero)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(stored.AsSpan(at), (ushort)i);
                BinaryPrimitives.WriteHalfLittleEndian(stored.AsSpan(at + 2), value);
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

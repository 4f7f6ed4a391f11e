using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>An embedding either decoded or as stored (<see cref="EmbeddingCodec"/>), copied or decoded where it is wanted.</summary>
internal readonly struct EmbeddingSource
{
    private readonly float[]? decoded;
    private readonly byte[]? encoded;

    public EmbeddingSource(float[] decoded) => (this.decoded, Length) = (decoded, decoded.Length);

    public EmbeddingSource(byte[] encoded) => (this.encoded, Length) = (encoded, EmbeddingCodec.Dimensions(encoded));

    public int Length { get; }

    /// <summary>Writes the values into <paramref name="destination"/>, of <see cref="Length"/> values.</summary>
    public void CopyTo(Span<float> destination)
    {
        if (decoded is not null)
        {
            decoded.CopyTo(destination);
        }
        else
        {
            EmbeddingCodec.Decode(encoded, destination);
        }
    }

    /// <summary>The values in an array of their own (the decoded one itself, not a copy).</summary>
    public float[] ToArray() => decoded ?? EmbeddingCodec.Decode(encoded);
}

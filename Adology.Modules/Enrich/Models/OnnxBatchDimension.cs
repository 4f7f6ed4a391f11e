namespace Adology.Modules.Enrich.Models;

/// <summary>
/// Frees the batch dimension of an ONNX model saved for one input at a time: the first dimension of the graph's inputs
/// and outputs becomes the symbol <c>N</c>, and the graph's stored shape hints (<c>value_info</c>), which repeat the
/// fixed size, are dropped for the runtime to infer again. It walks the protobuf wire format of ONNX's ModelProto
/// by field number: graph = 7; its input = 11, output = 12, value_info = 13; ValueInfoProto.type = 2;
/// TypeProto.tensor_type = 1; Tensor.shape = 2; TensorShapeProto.dim = 1; Dimension.dim_param = 2.
/// </summary>
internal static class OnnxBatchDimension
{
    private const int LengthDelimited = 2;

    // A Dimension holding only dim_param "N".
    private static readonly byte[] SymbolicDimension = [(2 << 3) | LengthDelimited, 1, (byte)'N'];

    public static byte[] Free(byte[] model) =>
        Rewrite(model, (field, graph) => field == 7 ? Rewrite(graph, GraphField) : null);

    private static byte[]? GraphField(int field, ReadOnlyMemory<byte> value) => field switch
    {
        11 or 12 => Rewrite(value, (f, type) => f == 2 ? Rewrite(type, (g, tensor) => g == 1 ? Rewrite(tensor, (h, shape) => h == 2 ? FirstDimensionFreed(shape) : null) : null) : null),
        13 => [],
        _ => null,
    };

    private static byte[] FirstDimensionFreed(ReadOnlyMemory<byte> shape)
    {
        var first = true;
        return Rewrite(shape, (field, _) =>
        {
            if (field != 1 || !first)
            {
                return null;
            }

            first = false;
            return SymbolicDimension;
        });
    }

    /// <summary>
    /// Copies a message, replacing each length-delimited field for which <paramref name="replace"/> gives bytes
    /// (an empty array drops the field) and keeping all others as they are.
    /// </summary>
    private static byte[] Rewrite(ReadOnlyMemory<byte> message, Func<int, ReadOnlyMemory<byte>, byte[]?> replace)
    {
        using var output = new MemoryStream(message.Length);
        var bytes = message.Span;
        var position = 0;
        while (position < bytes.Length)
        {
            var start = position;
            var tag = ReadVarint(bytes, ref position);
            var wireType = (int)(tag & 7);
            switch (wireType)
            {
                case 0:
                    _ = ReadVarint(bytes, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 5:
                    position += 4;
                    break;
                case LengthDelimited:
                    var length = checked((int)ReadVarint(bytes, ref position));
                    var value = message.Slice(position, length);
                    position += length;
                    if (replace((int)(tag >> 3), value) is { } replacement)
                    {
                        if (replacement.Length > 0)
                        {
                            WriteVarint(output, tag);
                            WriteVarint(output, (ulong)replacement.Length);
                            output.Write(replacement);
                        }

                        continue;
                    }

                    break;
                default:
                    throw new InvalidDataException($"ONNX model has an unexpected protobuf wire type {wireType}");
            }

            output.Write(bytes[start..position]);
        }

        return output.ToArray();
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = bytes[position++];
            value |= (ulong)(next & 0x7f) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
    }

    private static void WriteVarint(Stream output, ulong value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            output.WriteByte((byte)(value | 0x80));
        }

        output.WriteByte((byte)value);
    }
}

using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace Adology.Modules.Enrich.Models;

/// <summary>
/// What ResNet-18 reads: as ImageNet pictures were prepared, the picture is scaled so its short side is 224 and the
/// centre square is kept; then, as the package's <c>ResNetPreprocess.onnx</c> does, the channels are put in BGR order
/// and its mean picture is subtracted. Done here in one pass, not by a second model run per batch.
/// </summary>
internal static class ResNetInput
{
    public const int Side = 224;
    public const int PlaneSize = Side * Side;
    public const int Size = 3 * PlaneSize;

    /// <summary>The picture's centre square at 224x224, RGBA8888, on white where the picture is transparent.</summary>
    public static byte[] CentreSquare(DecodedPicture picture)
    {
        var info = new SKImageInfo(picture.Width, picture.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var pin = GCHandle.Alloc(picture.Rgba, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, pin.AddrOfPinnedObject());
            using var image = SKImage.FromPixels(pixmap);
            var side = Math.Min(picture.Width, picture.Height);
            var source = SKRect.Create((picture.Width - side) / 2f, (picture.Height - side) / 2f, side, side);
            using var square = new SKBitmap(new SKImageInfo(Side, Side, SKColorType.Rgba8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(square))
            {
                canvas.Clear(SKColors.White);
                canvas.DrawImage(image, source, SKRect.Create(Side, Side), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            }

            return square.Bytes;
        }
        finally
        {
            pin.Free();
        }
    }

    /// <summary>Writes the three planes (B, G, R) of a 224x224 RGBA square, less the mean picture (also B, G, R planes).</summary>
    public static void Write(ReadOnlySpan<byte> square, ReadOnlySpan<float> mean, Span<float> destination)
    {
        for (var pixel = 0; pixel < PlaneSize; pixel++)
        {
            var rgba = square.Slice(pixel * 4, 4);
            destination[pixel] = rgba[2] - mean[pixel];
            destination[PlaneSize + pixel] = rgba[1] - mean[PlaneSize + pixel];
            destination[(2 * PlaneSize) + pixel] = rgba[0] - mean[(2 * PlaneSize) + pixel];
        }
    }

    /// <summary>The mean picture that <c>ResNetPreprocess.onnx</c> subtracts: what it makes of a black picture, negated.</summary>
    public static float[] Mean(ModelOptions options)
    {
        using var sessionOptions = ModelFiles.SessionOptions(options);
        using var preprocess = new InferenceSession(ModelFiles.Read(options, ResNetVisualModel.PreprocessFile), sessionOptions);
        using var black = OrtValue.CreateTensorValueFromMemory(new float[Size], [1, 3, Side, Side]);
        using var runOptions = new RunOptions();
        using var outputs = preprocess.Run(runOptions, [preprocess.InputNames[0]], [black], [preprocess.OutputNames[0]]);
        var mean = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        for (var index = 0; index < mean.Length; index++)
        {
            mean[index] = -mean[index];
        }

        return mean;
    }
}

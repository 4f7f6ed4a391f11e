using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Adology.Modules.Enrich.Models;

/// <summary>
/// ImageNet-pretrained ResNet-18 (from <c>Microsoft.ML.DnnImageFeaturizer.ResNet18</c>): the 512 averaged features
/// before its classifier, L2-normalised. The model is saved for one picture at a time; its batch dimension is freed
/// as it loads, so a batch is one run.
/// </summary>
internal sealed class ResNetVisualModel : IVisualModel, IDisposable
{
    public const string ModelFile = "ResNet18.onnx";
    public const string PreprocessFile = "ResNetPreprocess.onnx";
    private const string InputName = "Input247";
    private const string OutputName = "Pooling395_Output_0";

    private readonly Lazy<(InferenceSession Session, float[] Mean)> loaded;

    public ResNetVisualModel(IOptions<ModelOptions> options)
    {
        var settings = options.Value;
        loaded = new Lazy<(InferenceSession, float[])>(() => Load(settings));
    }

    public string Version => "resnet18-imagenet-0.23.1-centre224";

    public int Dimensions => 512;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<DecodedPicture> pictures)
    {
        if (pictures.Count == 0)
        {
            return [];
        }

        var (session, mean) = loaded.Value;
        var input = new float[pictures.Count * ResNetInput.Size];
        for (var index = 0; index < pictures.Count; index++)
        {
            ResNetInput.Write(ResNetInput.CentreSquare(pictures[index]), mean, input.AsSpan(index * ResNetInput.Size, ResNetInput.Size));
        }

        using var tensor = OrtValue.CreateTensorValueFromMemory(input, [pictures.Count, 3, ResNetInput.Side, ResNetInput.Side]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [InputName], [tensor], [OutputName]);
        var features = outputs[0].GetTensorDataAsSpan<float>();
        var vectors = new float[pictures.Count][];
        for (var index = 0; index < vectors.Length; index++)
        {
            vectors[index] = UnitVectors.Normalised(features.Slice(index * Dimensions, Dimensions));
        }

        return vectors;
    }

    public void Dispose()
    {
        if (loaded.IsValueCreated)
        {
            loaded.Value.Session.Dispose();
        }
    }

    private static (InferenceSession, float[]) Load(ModelOptions options)
    {
        var mean = ResNetInput.Mean(options);
        using var sessionOptions = ModelFiles.SessionOptions(options);
        return (new InferenceSession(OnnxBatchDimension.Free(ModelFiles.Read(options, ModelFile)), sessionOptions), mean);
    }

}

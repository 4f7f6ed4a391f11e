using Adology.Modules.Enrich.Data;
using Adology.Modules.Enrich.Labels;
using Adology.Modules.Enrich.Models;
using Adology.Modules.Platform.Blobs;
using Adology.Modules.Platform.Cpu;
using Adology.Modules.Platform.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// Runs the models over one batch of pictures on the CPU workers: each picture is decoded once for every model and
/// read for text; the visual and copy models then take the batch in one slice per worker; the vision model labels
/// meanwhile, over the network. A model that fails leaves its part missing (a later delivery or scan tries again)
/// and never fails the batch.
/// </summary>
internal sealed class BatchRunner(
    CpuWorkers workers,
    FileBlobStore blobs,
    EnrichmentStore store,
    PipelineMetrics metrics,
    IOptions<EnrichOptions> options,
    IOptions<ModelOptions> modelOptions,
    ILogger<BatchRunner> logger)
{
    public async Task<EnrichedBatch> RunAsync(IReadOnlyList<PictureTask> batch, ActiveModels models, CancellationToken cancellationToken)
    {
        var enriched = new EnrichedBatch();
        var bytes = await Task.WhenAll(batch.Select(task => task.NeedsDecode || task.NeedsLabels ? ReadBlobAsync(task.Picture, cancellationToken) : Task.FromResult<byte[]?>(null)));
        var labelling = models.Labeller is { } labeller ? LabelAsync(labeller, batch, bytes, cancellationToken) : Task.FromResult<List<(byte[], LabelOutcome)>>([]);
        var texts = batch.Select(task => task.StoredText).ToArray();
        await ReadPicturesAsync(batch, bytes, models, texts, enriched);
        if (models.Copy is { } copy)
        {
            await EmbedCopiesAsync(batch, texts, copy, enriched, cancellationToken);
        }

        enriched.Labels.AddRange(await labelling);
        return enriched;
    }

    /// <summary>Decodes and reads each picture that needs it, then embeds the batch; the decoded pixels are dropped on return.</summary>
    private async Task ReadPicturesAsync(IReadOnlyList<PictureTask> batch, byte[]?[] bytes, ActiveModels models, OnImageText?[] texts, EnrichedBatch enriched)
    {
        var maxSide = modelOptions.Value.OcrMaxSide;
        var maxPixels = options.Value.MaxPixels;
        var reader = models.Reader;
        var decoded = await Task.WhenAll(batch.Select((task, index) => task.NeedsDecode && bytes[index] is { } encoded
            ? workers.RunAsync(() => DecodeAndRead(task, encoded, maxSide, maxPixels, reader))
            : Task.FromResult<(DecodedPicture?, OnImageText?)>((null, null))));
        for (var index = 0; index < batch.Count; index++)
        {
            if (decoded[index].Item2 is { } text)
            {
                texts[index] = text;
                enriched.Texts.Add((batch[index].Picture.Sha256, text));
            }
        }

        metrics.ModelInputs("text", enriched.Texts.Count);
        if (models.Visual is not { } visual)
        {
            return;
        }

        var toEmbed = Enumerable.Range(0, batch.Count).Where(index => batch[index].NeedsVisual && decoded[index].Item1 is not null).ToList();
        var embeddings = await SpreadAsync(toEmbed.Select(index => decoded[index].Item1!).ToList(), visual.Embed, "visual");
        for (var i = 0; i < embeddings.Count; i++)
        {
            enriched.Visuals.Add((batch[toEmbed[i]].Picture.Sha256, embeddings[i]));
        }
    }

    private (DecodedPicture?, OnImageText?) DecodeAndRead(PictureTask task, byte[] encoded, int maxSide, long maxPixels, IOnImageTextReader? reader)
    {
        DecodedPicture picture;
        try
        {
            picture = PictureDecoder.Decode(encoded, maxSide, maxPixels);
        }
        catch (InvalidDataException exception)
        {
            logger.LogWarning("Picture {Sha256} could not be decoded for the models: {Reason}", task.Picture.Key, exception.Message);
            return (null, null);
        }

        if (!task.NeedsText || reader is null)
        {
            return (picture, null);
        }

        try
        {
            return (picture, reader.Read(picture));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning(exception, "The on-image text reader failed on picture {Sha256}", task.Picture.Key);
            return (picture, null);
        }
    }

    private async Task EmbedCopiesAsync(IReadOnlyList<PictureTask> batch, OnImageText?[] texts, ICopyModel copy, EnrichedBatch enriched, CancellationToken cancellationToken)
    {
        var wanted = Enumerable.Range(0, batch.Count)
            .Where(index => batch[index].NeedsCopies)
            .SelectMany(index => batch[index].Picture.Copies.Select(adCopy => CopyText.Of(adCopy, texts[index])))
            .Distinct(StringComparer.Ordinal)
            .Select(text => (Text: text, Key: CopyKey.Of(text)))
            .ToList();
        var stored = (await store.CopiesStoredAsync([.. wanted.Select(copyText => copyText.Key)], copy.Version, cancellationToken))
            .Select(Convert.ToHexStringLower)
            .ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Where(copyText => !stored.Contains(Convert.ToHexStringLower(copyText.Key))).ToList();
        var embeddings = await SpreadAsync([.. missing.Select(copyText => copyText.Text)], copy.Embed, "copy");
        for (var i = 0; i < embeddings.Count; i++)
        {
            enriched.Copies.Add((missing[i].Key, embeddings[i]));
        }
    }

    /// <summary>One slice of the inputs per CPU worker, so one batch keeps every core busy; empty when the model failed.</summary>
    private async Task<IReadOnlyList<float[]>> SpreadAsync<T>(List<T> inputs, Func<IReadOnlyList<T>, IReadOnlyList<float[]>> embed, string model)
    {
        if (inputs.Count == 0)
        {
            return [];
        }

        var sliceSize = (int)Math.Ceiling(inputs.Count / (double)Environment.ProcessorCount);
        try
        {
            var slices = await Task.WhenAll(inputs.Chunk(sliceSize).Select(slice => workers.RunAsync(() => embed(slice))));
            metrics.ModelInputs(model, inputs.Count);
            return [.. slices.SelectMany(slice => slice)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning(exception, "The {Model} model failed on a batch of {Count}; those creatives stay without its embedding", model, inputs.Count);
            return [];
        }
    }

    private async Task<List<(byte[], LabelOutcome)>> LabelAsync(ICreativeLabeller labeller, IReadOnlyList<PictureTask> batch, byte[]?[] bytes, CancellationToken cancellationToken)
    {
        var labelled = await Task.WhenAll(Enumerable.Range(0, batch.Count)
            .Where(index => batch[index].NeedsLabels && bytes[index] is not null)
            .Select(async index => (batch[index].Picture.Sha256, await labeller.LabelAsync(bytes[index]!, cancellationToken))));
        metrics.ModelInputs("labels", labelled.Length);
        return [.. labelled];
    }

    private async Task<byte[]?> ReadBlobAsync(ScanPicture picture, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(blobs.PathOf(picture.Sha256), cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.LogWarning("Picture {Sha256} is no longer in the blob store; it is not enriched", picture.Key);
            return null;
        }
    }
}

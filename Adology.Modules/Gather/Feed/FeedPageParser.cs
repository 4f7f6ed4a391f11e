using System.Text.Json;
using Adology.Modules.Contracts;
using Adology.Modules.Gather.Sources;

namespace Adology.Modules.Gather.Feed;

/// <summary>
/// Reads one page of the feed format <c>{"items":[{"url":…,"metadata":{…}}],"nextCursor":…|null}</c> a block at a time,
/// as it arrives, counting items as they end. A page that is not of that shape fails the scan; an item without a usable
/// URL is kept, to fail on its own. An item's metadata is kept as the feed wrote it.
/// </summary>
internal sealed class FeedPageParser(int pageNumber, FeedBudget budget)
{
    private const int NotSkipping = -1;

    private readonly RawCapture metadata = new();
    private JsonReaderState state;
    private string? property;
    private bool sawItems;
    private bool inItems;
    private int skipToDepth = NotSkipping;
    private string url = string.Empty;
    private string? metadataJson;

    public List<GatheredCreative> Items { get; } = [];

    public string? NextCursor { get; private set; }

    /// <summary>Reads the whole tokens of <paramref name="block"/>; returns how many bytes they took (the rest comes again, continued).</summary>
    public int Consume(ReadOnlySpan<byte> block, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(block, isFinalBlock, state);
        try
        {
            while (reader.Read())
            {
                Handle(ref reader, block);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw Malformed($"it is not valid JSON ({exception.Message})");
        }

        state = reader.CurrentState;
        var consumed = (int)reader.BytesConsumed;
        metadata.Leave(block, consumed);

        if (isFinalBlock && !sawItems)
        {
            throw Malformed("\"items\" is missing or not an array");
        }

        return consumed;
    }

    public static GatherFailedException Malformed(int pageNumber, string why) => new($"The feed's page {pageNumber} is malformed: {why}.");

    private GatherFailedException Malformed(string why) => Malformed(pageNumber, why);

    private void Handle(ref Utf8JsonReader reader, ReadOnlySpan<byte> block)
    {
        if (skipToDepth != NotSkipping)
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == skipToDepth)
            {
                skipToDepth = NotSkipping;
                metadataJson = metadata.End(block, (int)reader.BytesConsumed) ?? metadataJson;
            }

            return;
        }

        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            property = reader.GetString();
            return;
        }

        switch (reader.CurrentDepth)
        {
            case 0:
                if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.EndObject))
                {
                    throw Malformed("it is not a JSON object");
                }

                break;
            case 1:
                OnPage(ref reader);
                break;
            case 2:
                OnItems(ref reader);
                break;
            default:
                OnItem(ref reader);
                break;
        }
    }

    private void OnPage(ref Utf8JsonReader reader)
    {
        if (inItems && reader.TokenType == JsonTokenType.EndArray)
        {
            inItems = false;
        }
        else if (property == "items")
        {
            inItems = reader.TokenType == JsonTokenType.StartArray
                ? sawItems = true
                : throw Malformed("\"items\" is missing or not an array");
        }
        else if (property == "nextCursor")
        {
            NextCursor = FeedCursor.Read(ref reader, pageNumber, budget.MaxCursorLength);
        }
        else
        {
            SkipValue(ref reader);
        }
    }

    private void OnItems(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            (url, metadataJson) = (string.Empty, null);
            return;
        }

        // An item that is not an object ends where it starts, a list skipped over.
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            (url, metadataJson) = (string.Empty, null);
            SkipValue(ref reader);
        }

        budget.CountItem();
        Items.Add(new GatheredCreative(url, metadataJson));
    }

    private void OnItem(ref Utf8JsonReader reader)
    {
        if (property == "url")
        {
            url = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
        }
        else if (property == "metadata" && reader.TokenType == JsonTokenType.StartObject)
        {
            metadata.Begin((int)reader.TokenStartIndex);
        }
        else if (property == "metadata")
        {
            metadataJson = null;
        }

        SkipValue(ref reader);
    }

    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            skipToDepth = reader.CurrentDepth;
        }
    }
}

namespace Adology.Bench;

/// <summary>The metadata of one creative of the pipeline benchmark's feed, in the feed's field names.</summary>
internal sealed record BenchAdMetadata(string Platform, string Format, string Headline, string Body, string Cta, string LandingUrl);

namespace Adology.Modules.Contracts;

/// <summary>The labels Adology's analysts put on an ad, as the configured vision model gives them.</summary>
/// <param name="ProductType">What is advertised, in a word or two, lower case (e.g. <c>sneakers</c>).</param>
/// <param name="Colors">The picture's main colours, by name.</param>
/// <param name="Environment">Where the scene is set (studio, street, beach, …).</param>
/// <param name="Features">What the ad shows or claims of the product.</param>
/// <param name="MarketingApproach">How the ad sells (discount, lifestyle, testimonial, …).</param>
/// <param name="Description">One or two sentences describing the ad.</param>
public sealed record CreativeLabels(
    string ProductType,
    IReadOnlyList<string> Colors,
    string Environment,
    IReadOnlyList<string> Features,
    string MarketingApproach,
    string Description);

namespace Adology.Modules.Contracts;

/// <summary>What the AI module reads off one acquired creative, stored with it.</summary>
/// <param name="Visual">The embedding of the picture.</param>
/// <param name="Text">The embedding of the ad copy (headline, body, call to action).</param>
public sealed record CreativeInsight(float[] Visual, float[] Text, CreativeAttributes Attributes);

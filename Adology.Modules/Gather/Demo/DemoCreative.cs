namespace Adology.Modules.Gather.Demo;

/// <summary>The copy and placement of one synthetic ad; its picture comes from <see cref="DemoCreatives.RenderPng"/>.</summary>
internal sealed record DemoCreative(int Index, string Headline, string Body, string CallToAction, string Platform, string Format);

using Adology.Modules.Enrich.Labels;
using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// The models the enriching phase runs on this host; null where one is off: the local models with
/// <c>Ai:Models:Enabled=false</c>, the visual or copy model where an OpenAI-compatible endpoint replaces it
/// (<c>Ai:VisualEmbeddings</c>, <c>Ai:TextEmbeddings</c>: Acquire already asked it), the labeller without <c>Ai:Vision</c>.
/// </summary>
internal sealed record ActiveModels(IVisualModel? Visual, IOnImageTextReader? Reader, ICopyModel? Copy, ICreativeLabeller? Labeller)
{
    public bool None => Visual is null && Reader is null && Copy is null && Labeller is null;
}

namespace Adology.Modules.Gather.Sources;

internal sealed class GatherFailedException(string reason) : Exception(reason);

namespace Adology.Modules.Contracts;

/// <summary>A stored <see cref="ProgressEvent"/>: its number, its type and its JSON as the hub sends it.</summary>
public sealed record LoggedProgressEvent(long Seq, string Type, string Json);

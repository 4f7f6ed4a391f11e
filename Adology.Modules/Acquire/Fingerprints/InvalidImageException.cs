namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>Bytes that passed the header check but that the decoder refused; the message is the reason.</summary>
internal sealed class InvalidImageException(string message) : Exception(message);

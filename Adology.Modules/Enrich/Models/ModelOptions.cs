namespace Adology.Modules.Enrich.Models;

/// <summary>The local models of the enriching phase, bound from <c>Ai:Models</c>.</summary>
internal sealed class ModelOptions
{
    public const string Section = "Ai:Models";

    /// <summary>Off: no enrichment, and the analysis keeps its cheap local embeddings.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder of the ONNX files; by default <c>models</c> next to the app's assemblies.</summary>
    public string ModelsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Tesseract's trained data (the folder holding <c>eng.traineddata</c>).</summary>
    public string TessdataPath { get; set; } = "/usr/share/tesseract-ocr/5/tessdata";

    public string TesseractLanguage { get; set; } = "eng";

    /// <summary>Pictures are decoded no larger than this on their long side: big enough for OCR of ad text, bounded in memory.</summary>
    public int OcrMaxSide { get; set; } = 1600;

    /// <summary>
    /// Threads each model session uses inside one call. One: the host already runs models on one CPU worker per core,
    /// and more threads per call would only fight them.
    /// </summary>
    public int IntraOpThreads { get; set; } = 1;
}

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.ML.OnnxRuntime;

namespace Adology.Modules.Enrich.Models;

/// <summary>Reads the model files that the build copies into <see cref="ModelOptions.ModelsPath"/>, and the session options they all run with.</summary>
internal static class ModelFiles
{
    /// <exception cref="FileNotFoundException">The file is not in the models folder.</exception>
    public static byte[] Read(ModelOptions options, string fileName) => File.ReadAllBytes(PathOf(options, fileName));

    /// <summary>
    /// A resource embedded in a .NET assembly, read from its file without loading the assembly: the MiniLM package
    /// ships its ONNX model and vocabulary that way.
    /// </summary>
    /// <exception cref="InvalidDataException">The assembly has no such resource.</exception>
    public static byte[] ReadResource(ModelOptions options, string assemblyFileName, string resourceName)
    {
        using var pe = new PEReader(File.OpenRead(PathOf(options, assemblyFileName)));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (resource.Implementation.IsNil && metadata.StringComparer.Equals(resource.Name, resourceName))
            {
                var start = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress + checked((int)resource.Offset);
                var reader = pe.GetSectionData(start).GetReader();
                return reader.ReadBytes(reader.ReadInt32());
            }
        }

        throw new InvalidDataException($"{assemblyFileName} has no resource {resourceName}");
    }

    public static SessionOptions SessionOptions(ModelOptions options) => new()
    {
        IntraOpNumThreads = options.IntraOpThreads,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    };

    private static string PathOf(ModelOptions options, string fileName)
    {
        var path = Path.Combine(options.ModelsPath, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"model file {fileName} is not in {options.ModelsPath}", path);
    }
}

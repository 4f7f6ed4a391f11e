using Adology.Modules.Enrich.Models;
using Microsoft.ML.OnnxRuntime;

namespace Adology.Tests.Integration.Enrich;

/// <summary>ResNet-18 on real photographs; one model load for the fixture.</summary>
public sealed class VisualModelTests
{
    private static readonly string[] OtherSubjects = ["chelsea.png", "coffee.png", "rocket.jpg", "astronaut.png", "horse.png", "camera.png", "page.png"];

    private ResNetVisualModel model = null!;

    [OneTimeSetUp]
    public void Load() => model = new ResNetVisualModel(EnrichModels.Defaults());

    [OneTimeTearDown]
    public void Unload() => model.Dispose();

    [Test]
    public void The_nearest_photo_to_one_view_of_a_motorcycle_is_the_other_view()
    {
        string[] candidates = ["motorcycle_right.png", .. OtherSubjects];
        var vectors = Embed(["motorcycle_left.png", .. candidates]);

        var scores = candidates.Select((name, index) => (name, score: Cosine(vectors[0], vectors[index + 1]))).OrderByDescending(pair => pair.score).ToList();
        TestContext.Out.WriteLine(string.Join(", ", scores.Select(pair => $"{pair.name} {pair.score:F3}")));

        Assert.That(scores[0].name, Is.EqualTo("motorcycle_right.png"));
    }

    [Test]
    public void Photos_of_different_subjects_are_further_apart_than_two_views_of_one_object()
    {
        string[] subjects = ["chelsea.png", "coffee.png", "rocket.jpg", "astronaut.png"];
        var vectors = Embed(["motorcycle_left.png", "motorcycle_right.png", .. subjects]);
        var sameObject = Cosine(vectors[0], vectors[1]);

        var different = from first in Enumerable.Range(1, vectors.Count - 1)
                        from second in Enumerable.Range(first + 1, vectors.Count - first - 1)
                        select Cosine(vectors[first], vectors[second]);
        var closestDifferent = different.Max();
        TestContext.Out.WriteLine($"same object {sameObject:F3}, closest different subjects {closestDifferent:F3}");

        Assert.That(closestDifferent, Is.LessThan(sameObject - 0.1f));
    }

    [Test]
    public void A_batch_gives_what_each_picture_gives_alone_as_unit_vectors()
    {
        string[] names = ["chelsea.png", "rocket.jpg", "horse.png"];

        var batched = Embed(names);
        var alone = names.Select(name => Embed([name])[0]).ToList();

        Assert.Multiple(() =>
        {
            for (var index = 0; index < names.Length; index++)
            {
                Assert.That(batched[index], Has.Length.EqualTo(model.Dimensions));
                Assert.That(Math.Sqrt(batched[index].Sum(value => value * value)), Is.EqualTo(1).Within(1e-4));
                Assert.That(batched[index], Is.EqualTo(alone[index]).Within(1e-4f));
            }
        });
    }

    [Test]
    public void The_input_equals_what_the_package_preprocessing_model_makes_of_the_centre_square()
    {
        var square = ResNetInput.CentreSquare(RealPhotos.Picture("coffee.png"));
        var options = EnrichModels.Defaults().Value;
        var ours = new float[ResNetInput.Size];
        ResNetInput.Write(square, ResNetInput.Mean(options), ours);

        var theirs = PackagePreprocessing(square, options);

        Assert.That(ours, Is.EqualTo(theirs).Within(1e-3f));
    }

    [Test]
    public void The_centre_square_of_a_wide_photo_keeps_its_middle()
    {
        // Opaque black, white in the middle third.
        var wide = new DecodedPicture(new byte[300 * 100 * 4], 300, 100);
        for (var pixel = 0; pixel < 300 * 100; pixel++)
        {
            var white = pixel % 300 is >= 100 and < 200;
            wide.Rgba.AsSpan(pixel * 4, 4).Fill(white ? (byte)255 : (byte)0);
            wide.Rgba[(pixel * 4) + 3] = 255;
        }

        var square = ResNetInput.CentreSquare(wide);

        Assert.That(square.Where((value, index) => index % 4 != 3).Count(value => value < 250), Is.LessThan(square.Length / 100));
    }

    private IReadOnlyList<float[]> Embed(IEnumerable<string> names) => model.Embed([.. names.Select(RealPhotos.Picture)]);

    private static float Cosine(float[] first, float[] second) => first.Zip(second, (a, b) => a * b).Sum();

    private static float[] PackagePreprocessing(byte[] square, ModelOptions options)
    {
        var planes = new float[ResNetInput.Size];
        for (var pixel = 0; pixel < ResNetInput.PlaneSize; pixel++)
        {
            for (var channel = 0; channel < 3; channel++)
            {
                planes[(channel * ResNetInput.PlaneSize) + pixel] = square[(pixel * 4) + channel];
            }
        }

        using var session = new InferenceSession(Path.Combine(options.ModelsPath, ResNetVisualModel.PreprocessFile));
        using var input = OrtValue.CreateTensorValueFromMemory(planes, [1, 3, ResNetInput.Side, ResNetInput.Side]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [session.InputNames[0]], [input], [session.OutputNames[0]]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}

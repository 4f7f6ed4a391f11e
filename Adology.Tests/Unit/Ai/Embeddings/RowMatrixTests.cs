using Adology.Modules.Ai.Embeddings;

namespace Adology.Tests.Unit.Ai.Embeddings;

public sealed class RowMatrixTests
{
    [Test]
    public void Rows_hold_the_vectors_as_given()
    {
        var matrix = RowMatrix.Of([[1f, 2f, 3f], [4f, 5f, 6f]]);

        Assert.That(matrix.Count, Is.EqualTo(2));
        Assert.That(matrix.Dimensions, Is.EqualTo(3));
        Assert.That(matrix[1].ToArray(), Is.EqualTo(new[] { 4f, 5f, 6f }));
    }

    [Test]
    public void Vectors_of_different_dimensions_are_refused()
    {
        Assert.That(() => RowMatrix.Of([[1f, 0f], [1f, 0f, 0f]]), Throws.ArgumentException);
    }

    [Test]
    public void Chosen_rows_are_copied_in_order_and_scaled_to_unit_length_leaving_the_source_as_it_was()
    {
        var source = RowMatrix.Of([[3f, 4f], [0f, 0f], [0f, 2f]]);

        var chosen = RowMatrix.Normalized(source, [2, 0, 1]);

        Assert.That(chosen[0].ToArray(), Is.EqualTo(new[] { 0f, 1f }));
        Assert.That(chosen[1].ToArray(), Is.EqualTo(new[] { 0.6f, 0.8f }).Within(1e-6));
        Assert.That(chosen[2].ToArray(), Is.EqualTo(new[] { 0f, 0f }));
        Assert.That(source[0].ToArray(), Is.EqualTo(new[] { 3f, 4f }));
    }

    [Test]
    public void A_row_written_through_Row_is_read_back()
    {
        var matrix = new RowMatrix(3, 2);

        new[] { 7f, 8f }.CopyTo(matrix.Row(1));

        Assert.That(matrix[0].ToArray(), Is.EqualTo(new[] { 0f, 0f }));
        Assert.That(matrix[1].ToArray(), Is.EqualTo(new[] { 7f, 8f }));
    }
}

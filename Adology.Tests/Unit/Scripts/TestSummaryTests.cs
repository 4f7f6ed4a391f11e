using System.Diagnostics;
using Adology.Tests.EndToEnd;

namespace Adology.Tests.Unit.Scripts;

/// <summary>scripts/test-summary.sh, which test.sh ends with, run on crafted TRX results.</summary>
internal sealed class TestSummaryTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("adology-trx").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_run_at_the_floor_with_skips_that_say_why_passes_and_lists_them()
    {
        var trx = Trx(Passed("A"), Passed("B"), Skipped("C", "needs a GPU"));

        var (exitCode, output, _) = await SummaryAsync(trx, floor: "3", "1", "0");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("C: needs a GPU"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 3 passed, 0 failed, 1 skipped"));
    }

    [Test]
    public async Task A_run_where_no_test_ran_fails()
    {
        var (exitCode, output, errors) = await SummaryAsync(Trx(), floor: "-");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("No test ran"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 0 passed, 0 failed, 0 skipped"));
    }

    [Test]
    public async Task A_run_below_the_known_count_fails()
    {
        var floorFile = Path.Combine(folder, "expected-test-count");
        await File.WriteAllTextAsync(floorFile, "3\n");

        var (exitCode, output, errors) = await SummaryAsync(Trx(Passed("A"), Passed("B")), floorFile);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("Only 2 tests ran, fewer than the 3 known"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 2 passed, 0 failed, 0 skipped"));
    }

    [Test]
    public async Task A_test_skipped_without_a_reason_fails()
    {
        var (exitCode, output, errors) = await SummaryAsync(Trx(Passed("A"), Skipped("B", reason: null)), floor: "2");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("B: NO REASON GIVEN"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 1 passed, 0 failed, 1 skipped"));
    }

    [Test]
    public async Task A_failed_test_or_a_failed_extra_check_fails()
    {
        var (testFailed, testOutput, _) = await SummaryAsync(Trx(Passed("A"), Failed("B")), floor: "2");
        var (extraFailed, extraOutput, _) = await SummaryAsync(Trx(Passed("A")), floor: "1", "0", "1");

        Assert.That(testFailed, Is.Not.Zero);
        Assert.That(extraFailed, Is.Not.Zero);
        Assert.That(testOutput.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 1 passed, 1 failed, 0 skipped"));
        Assert.That(extraOutput.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 1 passed, 1 failed, 0 skipped"));
    }

    [Test]
    public async Task No_results_file_fails()
    {
        var (exitCode, output, errors) = await SummaryAsync(Path.Combine(folder, "missing.trx"), floor: "1", "1", "0");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(errors, Does.Contain("produced no results"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Is.EqualTo("tests: 1 passed, 1 failed, 0 skipped"));
    }

    [Test]
    public async Task The_slowest_tests_are_listed_slowest_first_before_the_summary()
    {
        var trx = Trx(Passed("Quick", "00:00:00.2500000"), Passed("Slow", "00:01:02.5000000"), Passed("Middling", "00:00:04.0000000"));

        var (_, output, _) = await SummaryAsync(trx, floor: "3");

        var lines = output.TrimEnd().Split('\n');
        Assert.That(lines[^5..^1].Select(line => line.Trim()), Is.EqualTo(new[] { "Slowest tests:", "62.5 s  Slow", "4.0 s  Middling", "0.2 s  Quick" }));
    }

    [Test]
    public async Task A_run_of_a_thousand_tests_lists_only_the_ten_slowest_and_still_ends_with_the_summary()
    {
        var results = Enumerable.Range(0, 1_000)
            .Select(index => Passed($"A_test_whose_name_is_as_long_as_the_ones_this_project_writes_number_{index:D4}", $"00:00:{index % 60:D2}.5000000"))
            .ToArray();

        var (exitCode, output, _) = await SummaryAsync(Trx(results), floor: "1000");

        var lines = output.TrimEnd().Split('\n');
        Assert.That(exitCode, Is.Zero);
        Assert.That(lines.Count(line => line.Contains("A_test_whose_name", StringComparison.Ordinal)), Is.EqualTo(10));
        Assert.That(lines[^1], Is.EqualTo("tests: 1000 passed, 0 failed, 0 skipped"));
    }

    private static (string Outcome, string Xml) Passed(string name, string duration = "00:00:00.0100000") =>
        ("passed", $"""    <UnitTestResult testName="{name}" duration="{duration}" outcome="Passed" testListId="x" />""");

    private static (string Outcome, string Xml) Failed(string name) =>
        ("failed", $"""
                        <UnitTestResult testName="{name}" outcome="Failed" testListId="x">
                          <Output>
                            <ErrorInfo>
                              <Message>Expected: 1 But was: 2</Message>
                            </ErrorInfo>
                          </Output>
                        </UnitTestResult>
                    """);

    /// <summary>As the TRX logger writes NUnit's ignored test: the reason is the result's output and message.</summary>
    private static (string Outcome, string Xml) Skipped(string name, string? reason) =>
        ("notExecuted", reason is null
            ? $"""    <UnitTestResult testName="{name}" outcome="NotExecuted" testListId="x" />"""
            : $"""
                   <UnitTestResult testName="{name}" outcome="NotExecuted" testListId="x">
                     <Output>
                       <StdOut>{reason}</StdOut>
                       <ErrorInfo>
                         <Message>{reason}</Message>
                       </ErrorInfo>
                     </Output>
                   </UnitTestResult>
               """);

    /// <summary>A TRX as the logger writes an NUnit run, its notExecuted counter 0 whatever was skipped.</summary>
    private string Trx(params (string Outcome, string Xml)[] results)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.trx");
        int Count(string outcome) => results.Count(result => result.Outcome == outcome);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
            {string.Join('\n', results.Select(result => result.Xml))}
              </Results>
              <ResultSummary outcome="Completed">
                <Counters total="{results.Length}" executed="{results.Length - Count("notExecuted")}" passed="{Count("passed")}" failed="{Count("failed")}" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="0" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
              </ResultSummary>
            </TestRun>
            """);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> SummaryAsync(string trx, string floor, params string[] extra)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(Browser.RepositoryRoot(), "scripts", "test-summary.sh"), trx, floor, .. extra])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}

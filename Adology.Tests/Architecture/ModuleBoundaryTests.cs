using Adology.Modules.Platform;
using NetArchTest.Rules;

namespace Adology.Tests.Architecture;

public sealed class ModuleBoundaryTests
{
    private const string Root = "Adology.Modules";
    private static readonly string[] Modules = ["Scans", "Gather", "Acquire", "Commit", "Enrich", "Ai", "Reports", "Alerts"];

    [TestCaseSource(nameof(Modules))]
    public void Module_reaches_other_modules_only_through_contracts(string module)
    {
        var others = Modules.Where(other => other != module).Select(other => $"{Root}.{other}").ToArray();

        var result = ModuleTypes().That().ResideInNamespaceStartingWith($"{Root}.{module}").ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Platform_depends_on_no_module()
    {
        var result = ModuleTypes().That().ResideInNamespaceStartingWith($"{Root}.Platform")
            .ShouldNot().HaveDependencyOnAny([.. Modules.Select(module => $"{Root}.{module}"), $"{Root}.Contracts"]).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Contracts_depend_on_no_module_and_no_framework_of_the_pipeline()
    {
        var result = ModuleTypes().That().ResideInNamespaceStartingWith($"{Root}.Contracts")
            .ShouldNot().HaveDependencyOnAny([.. Modules.Select(module => $"{Root}.{module}"), $"{Root}.Platform", "MassTransit", "Microsoft.EntityFrameworkCore"])
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Contracts_are_public_and_everything_else_of_a_module_is_internal_but_its_entry_point()
    {
        var publicTypes = ModuleTypes().That().ArePublic().And().DoNotResideInNamespaceStartingWith($"{Root}.Contracts").GetTypes()
            .Where(type => !type.Namespace!.EndsWith(".Migrations", StringComparison.Ordinal))
            .Select(type => type.FullName);

        Assert.That(publicTypes, Is.EquivalentTo(new[]
        {
            $"{Root}.Platform.PlatformModule", $"{Root}.Platform.HostAddress", $"{Root}.Platform.IWorkInProgress",
            $"{Root}.Scans.ScansModule", $"{Root}.Gather.GatherModule",
            $"{Root}.Gather.Demo.DemoEndpoints", $"{Root}.Acquire.AcquireModule", $"{Root}.Commit.CommitModule", $"{Root}.Enrich.EnrichModule",
            $"{Root}.Ai.AiModule", $"{Root}.Reports.ReportsModule", $"{Root}.Alerts.AlertsModule",
        }));
    }

    [Test]
    public void Modules_never_reference_SignalR()
    {
        var result = ModuleTypes().ShouldNot().HaveDependencyOn("Microsoft.AspNetCore.SignalR").GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    private static Types ModuleTypes() => Types.InAssembly(typeof(PlatformModule).Assembly);
}

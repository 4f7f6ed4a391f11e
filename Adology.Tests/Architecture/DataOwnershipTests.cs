using System.Text.RegularExpressions;
using Adology.Modules.Platform.Data;
using Adology.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Adology.Tests.Architecture;

/// <summary>
/// Each module owns its tables, in a schema no other module maps into; another module reads or changes them only
/// through the owner's contract interfaces. The EF model says whose each table is; the SQL in a module's (and the
/// host's) source then names only tables of its own. A mapping of another module's entity, or SQL built from its
/// schema constant, would need that module's internal types, which <see cref="ModuleBoundaryTests"/> forbids.
/// </summary>
public sealed partial class DataOwnershipTests
{
    private const string Root = "Adology.Modules";

    [Test]
    public void Each_schema_of_the_model_belongs_to_one_module()
    {
        using var db = new AdologyDbDesignTimeFactory().CreateDbContext([]);

        var shared = db.Model.GetEntityTypes()
            .GroupBy(entity => entity.GetSchema() ?? entity.GetViewSchema() ?? "(no schema)")
            .Where(schema => schema.Key == "(no schema)" || schema.Select(ModuleOf).Distinct().Count() > 1)
            .Select(schema => $"{schema.Key}: {string.Join(", ", schema.Select(entity => entity.ClrType.FullName))}");

        Assert.That(shared, Is.Empty);
    }

    [TestCaseSource(nameof(CodeFolders))]
    public void Code_names_no_table_of_another_module(string folder)
    {
        var module = folder.StartsWith(Root, StringComparison.Ordinal) ? Path.GetFileName(folder) : "the host";
        var owners = TableOwners();

        var strangers =
            from file in Directory.EnumerateFiles(Path.Combine(Browser.RepositoryRoot(), folder), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            // The migrations are the whole database's history: a data backfill may read one module's table into another's.
            where !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            from line in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
            from Match name in QualifiedName().Matches(line.Text)
            let table = $"{name.Groups["schema"].Value}.{name.Groups["table"].Value}".ToLowerInvariant()
            where owners.TryGetValue(table, out var owner) && owner != module
            select $"{Path.GetRelativePath(Browser.RepositoryRoot(), file)}:{line.Number} names {table}, a table of {owners[table]}";

        Assert.That(strangers, Is.Empty);
    }

    private static IEnumerable<string> CodeFolders() =>
        Directory.EnumerateDirectories(Path.Combine(Browser.RepositoryRoot(), Root))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(name => $"{Root}/{name}")
            .Append("Adology.Web");

    /// <summary>schema.table → the module whose entity it maps; the migrations' history table is Platform's.</summary>
    private static Dictionary<string, string> TableOwners()
    {
        using var db = new AdologyDbDesignTimeFactory().CreateDbContext([]);
        var owners = db.Model.GetEntityTypes()
            .SelectMany(entity => new[] { (entity.GetSchema(), entity.GetTableName()), (entity.GetViewSchema(), entity.GetViewName()) }
                .Where(table => table.Item2 is not null)
                .Select(table => (Table: $"{table.Item1}.{table.Item2}", Module: ModuleOf(entity))))
            .DistinctBy(table => table.Table)
            .ToDictionary(table => table.Table, table => table.Module);
        var history = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        owners[$"{history.MigrationsHistoryTableSchema}.{history.MigrationsHistoryTableName}"] = "Platform";
        return owners;
    }

    private static string ModuleOf(IReadOnlyEntityType entity) =>
        entity.ClrType.Namespace is { } name && name.StartsWith($"{Root}.", StringComparison.Ordinal)
            ? name[(Root.Length + 1)..].Split('.')[0]
            : entity.ClrType.FullName!;

    /// <summary>schema.table as SQL writes it, quoted (and escaped) or not; not the tail of a dotted C# name.</summary>
    [GeneratedRegex("""(?<![\w.])(?:\\?")?(?<schema>[A-Za-z_]\w*)(?:\\?")?\s*\.\s*(?:\\?")?(?<table>[A-Za-z_]\w*)""")]
    private static partial Regex QualifiedName();
}

using System.Reflection;
using Labor.BuildingBlocks.Modules;
using Labor.Host.Composition;
using NetArchTest.Rules;

namespace Labor.ArchitectureTests;

/// <summary>Design rule 1: a module is a room with one door. These fail the build when a wall is broken.</summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => [.. LaborModules.All.Select(m => m.GetType().Assembly.GetName().Name!)];

    private static IEnumerable<Assembly> Implementations => LaborModules.All.Select(m => m.GetType().Assembly);

    [Fact]
    public void Every_module_is_listed_in_the_host()
    {
        Implementations.Select(a => a.GetName().Name).ShouldBe(["Labor.Reference", "Labor.Accounts", "Labor.Vacancies", "Labor.Jobseekers", "Labor.Matching", "Labor.Sectortables"]);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_no_other_module_implementation(string module)
    {
        Assembly assembly = Assembly.Load(module);
        string[] others = [.. Implementations.Where(a => a != assembly).Select(a => a.GetName().Name!)];

        assembly.GetReferencedAssemblies().Select(r => r.Name).Intersect(others).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_type_in_a_module_depends_on_a_type_of_another_module_implementation(string module)
    {
        Assembly assembly = Assembly.Load(module);
        // Compilers generate some types under the same name in every assembly (Razor's _ViewImports, collection
        // helpers); a name this module has itself says nothing about a dependency.
        HashSet<string> own = [.. assembly.GetTypes().Select(t => t.FullName!)];
        string[] foreignTypes = [.. Implementations.Where(a => a != assembly).SelectMany(a => a.GetTypes()).Select(t => t.FullName!).Where(name => !own.Contains(name))];

        TestResult result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(foreignTypes).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_shows_only_its_entry_point_in_public(string module)
    {
        Assembly assembly = Assembly.Load(module);

        HashSet<Type> rendered = RazorComponentsAndTheirModels(assembly);
        string[] exposed = [.. assembly.GetExportedTypes()
            .Where(t => !typeof(IModule).IsAssignableFrom(t))
            .Where(t => !IsGeneratedMigration(t))
            .Where(t => !rendered.Contains(t))
            .Select(t => t.FullName!)];

        exposed.ShouldBeEmpty($"{module} should keep everything but its IModule entry internal");
    }

    /// <summary>
    /// Razor generates public component classes, so a component and the types its parameters carry (and theirs) must
    /// be public too; nothing else may be.
    /// </summary>
    private static HashSet<Type> RazorComponentsAndTheirModels(Assembly assembly)
    {
        HashSet<Type> found = [];
        var pending = new Queue<Type>(assembly.GetExportedTypes().Where(t => typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t)));
        while (pending.TryDequeue(out Type? type))
        {
            if (type.Assembly != assembly || !found.Add(type))
            {
                continue;
            }

            foreach (Type used in type.GetProperties().SelectMany(p => p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments() : [p.PropertyType]))
            {
                pending.Enqueue(used);
            }
        }

        return found;
    }

    [Fact]
    public void Contracts_depend_on_nothing_of_ours()
    {
        Assembly[] contracts = [.. AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))];
        contracts.Length.ShouldBeGreaterThan(0);

        foreach (Assembly assembly in contracts)
        {
            assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(name => name.StartsWith("Labor.", StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Contract_messages_are_immutable_records_in_a_namespace()
    {
        Type[] messages = [.. typeof(Labor.Vacancies.Contracts.VacancyPublished).Assembly.GetExportedTypes()];

        foreach (Type message in messages)
        {
            message.Namespace.ShouldNotBeNullOrEmpty();
            message.GetProperties().Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)).ShouldBeEmpty($"{message.Name} is immutable");
        }
    }

    [Fact]
    public void The_matching_engine_never_reads_age_band_or_gender()
    {
        TestResult result = Types.InAssembly(typeof(Labor.Matching.MatchingModule).Assembly)
            .That().ResideInNamespace("Labor.Matching.Engine")
            .ShouldNot().HaveDependencyOn(typeof(Labor.Jobseekers.Contracts.FairnessTraits).FullName)
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty("protected traits are for the fairness report only");
        Type entry = typeof(Labor.Matching.MatchingModule).Assembly.GetType("Labor.Matching.Engine.JobseekerEntry")!;
        entry.GetProperties().Select(p => p.Name).ShouldNotContain(name => name.Contains("Age", StringComparison.Ordinal) || name.Contains("Gender", StringComparison.Ordinal));
    }

    /// <summary>EF Core generates migrations as public classes; they hold schema history, not behaviour.</summary>
    private static bool IsGeneratedMigration(Type type) =>
        type.Namespace?.EndsWith(".Data.Migrations", StringComparison.Ordinal) == true;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}

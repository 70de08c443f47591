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

    /// <summary>Every module's Contracts, loaded by name: the list does not depend on what a test happened to load.</summary>
    private static Assembly[] Contracts => [.. Implementations.Select(a => Assembly.Load(a.GetName().Name + ".Contracts"))];

    [Fact]
    public void Every_module_is_listed_in_the_host()
    {
        Implementations.Select(a => a.GetName().Name).ShouldBe(["Labor.Reference", "Labor.Accounts", "Labor.Vacancies", "Labor.Jobseekers", "Labor.Matching", "Labor.Sectortables", "Labor.Outcomes"]);
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
        foreach (Assembly assembly in Contracts)
        {
            assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(name => name.StartsWith("Labor.", StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Fact]
    public void BuildingBlocks_reference_no_module_and_no_contracts()
    {
        typeof(Labor.BuildingBlocks.Outcomes.Refusal).Assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(name => name.StartsWith("Labor.", StringComparison.Ordinal)).ShouldBeEmpty("plumbing knows no module");
    }

    [Fact]
    public void Contract_messages_are_immutable_records_in_a_namespace()
    {
        // Interfaces are the questions a module may ask another (ADR 1); enums are codes; the static classes, all in the
        // reference component, are pure rules every module applies alike (a postcode's spelling, the request's
        // language, words to vocabulary URIs) and are listed here so that a new one is a decision. Everything else is data.
        Type[] statics = [.. Contracts.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsAbstract && t.IsSealed)];
        statics.Select(t => t.Name).Order().ShouldBe(["Languages", "Postcode", "VocabularyNames"]);
        statics.ShouldAllBe(t => t.Assembly == typeof(Labor.Reference.Contracts.Postcode).Assembly);
        Type[] messages = [.. Contracts.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsInterface && !t.IsEnum).Except(statics)];
        messages.ShouldContain(typeof(Labor.Vacancies.Contracts.VacancyPublished));

        foreach (Type message in messages)
        {
            message.Namespace.ShouldNotBeNullOrEmpty();
            IsRecord(message).ShouldBeTrue($"{message.FullName} is a record");
            message.GetProperties().Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)).ShouldBeEmpty($"{message.Name} is immutable");
        }
    }

    [Fact]
    public void Contracts_hold_only_the_listed_questions_a_module_may_ask_another()
    {
        // ADR 1: modules tell each other what happened through events; where one must ask another synchronously, the
        // question is an interface in the answering module's Contracts, listed here so that a new one is a decision.
        string[] questions = [.. Contracts.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsInterface).Select(t => t.Name).Order()];

        questions.ShouldBe([
            "IAccountContacts", "ICandidateCards", "ICandidateCounts", "IDigestSubscriptions", "IMatchProposals", "IOrganisationNames",
            "IPostcodeLocator", "IReferenceData", "ISectorLeadAccounts", "IVocabulary"]);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_answers_its_Contracts_questions_in_its_Answers_folder(string module)
    {
        Assembly assembly = Assembly.Load(module);
        Assembly contracts = Assembly.Load(module + ".Contracts");
        Type[] answers = [.. assembly.GetTypes().Where(t => t.GetInterfaces().Any(i => i.Assembly == contracts))];

        // The reference component is all answers (its vocabulary, places and region are what it is for).
        if (module != "Labor.Reference")
        {
            answers.ShouldAllBe(t => t.Namespace == module + ".Answers", $"{module} answers other modules' questions from {module}.Answers");
        }

        answers.Length.ShouldBe(contracts.GetExportedTypes().Count(t => t.IsInterface), "every question has one answer");
    }

    [Fact]
    public void Every_consumer_goes_through_the_inbox()
    {
        Type[] consumers = [.. Implementations.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MassTransit.IConsumer<>)))];

        consumers.Length.ShouldBeGreaterThanOrEqualTo(15);
        consumers.Where(t => !DerivesFrom(t, typeof(Labor.BuildingBlocks.Messaging.InboxConsumer<,>))).Select(t => t.FullName).ShouldBeEmpty(
            "a consumer derives from InboxConsumer, so a redelivered message has no second effect (ADR 2)");
    }

    private static bool DerivesFrom(Type type, Type openGeneric) =>
        type.BaseType is { } parent && ((parent.IsGenericType && parent.GetGenericTypeDefinition() == openGeneric) || DerivesFrom(parent, openGeneric));

    /// <summary>The compiler gives every record (class or struct) a PrintMembers method and an EqualityContract or IEquatable of itself.</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is not null;

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

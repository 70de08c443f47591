using Labor.Accounts;
using Labor.BuildingBlocks.Modules;
using Labor.Jobseekers;
using Labor.Matching;
using Labor.Outcomes;
using Labor.Reference;
using Labor.Sectortables;
using Labor.Vacancies;

namespace Labor.Host.Composition;

/// <summary>The list of modules: the only place the host names them.</summary>
internal static class LaborModules
{
    public static IReadOnlyList<IModule> All { get; } =
        [new ReferenceModule(), new AccountsModule(), new VacanciesModule(), new JobseekersModule(), new MatchingModule(), new SectortablesModule(), new OutcomesModule()];
}

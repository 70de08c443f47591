using Labor.BuildingBlocks.Persistence;

namespace Labor.Vacancies.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<VacanciesDbContext>(VacanciesDbContext.Schema, options => new VacanciesDbContext(options));

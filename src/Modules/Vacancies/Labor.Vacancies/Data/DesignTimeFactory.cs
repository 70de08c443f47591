using Labor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.Vacancies.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<VacanciesDbContext>
{
    public VacanciesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<VacanciesDbContext>();
        options.UseModulePostgres("Host=localhost", VacanciesDbContext.Schema);
        return new VacanciesDbContext(options.Options);
    }
}

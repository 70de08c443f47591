using Labor.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.BuildingBlocks.Persistence;

public static class ModuleDatabase
{
    public const string ConnectionStringName = "Labor";

    /// <summary>
    /// Registers a module's DbContext on the shared PostgreSQL database, in the module's own schema, with its outbox
    /// dispatcher and message retention job.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : DbContext
    {
        string connectionString = ConnectionString(configuration);
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxSignalInterceptor<TContext>>();
        services.AddDbContext<TContext>((provider, options) => options
            .UseModulePostgres(connectionString, schema)
            .AddInterceptors(provider.GetRequiredService<OutboxSignalInterceptor<TContext>>()));
        services.AddHostedService<OutboxDispatcher<TContext>>();
        services.AddScoped<MessageRetention<TContext>>();
        return services;
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");

    /// <summary>The one place that says how a module talks to PostgreSQL; design-time factories use it too.</summary>
    public static DbContextOptionsBuilder UseModulePostgres(this DbContextOptionsBuilder options, string connectionString, string schema) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();

    public static async Task MigrateAsync<TContext>(this IServiceProvider services, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        DatabaseFacade database = scope.ServiceProvider.GetRequiredService<TContext>().Database;

        // EF reads the history table before creating it and logs that read as a failed command. Creating the database,
        // the schema and the history table first keeps a first start free of alarming (if harmless) errors.
        var creator = database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        string schema = database.GetService<IDesignTimeModel>().Model.GetDefaultSchema()!;
        string createSchema = $"CREATE SCHEMA IF NOT EXISTS \"{schema}\""; // the name is the module's constant, not input
        await database.ExecuteSqlRawAsync(createSchema, cancellationToken);
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await database.MigrateAsync(cancellationToken);
    }
}

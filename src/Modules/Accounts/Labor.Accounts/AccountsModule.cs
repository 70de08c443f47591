using FluentValidation;
using Hangfire;
using Labor.Accounts.Answers;
using Labor.Accounts.Contracts;
using Labor.Accounts.Data;
using Labor.Accounts.Demo;
using Labor.Accounts.Domain;
using Labor.Accounts.Identity;
using Labor.Accounts.Mails;
using Labor.Accounts.Passwords;
using Labor.Accounts.Privacy;
using Labor.Accounts.Reset;
using Labor.Accounts.Retention;
using Labor.Accounts.Sessions;
using Labor.Accounts.SignIn;
using Labor.Accounts.SignUp;
using Labor.Accounts.Users;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Privacy;
using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Accounts;

/// <summary>Accounts: who someone is (ASP.NET Core Identity) and which role and scope they have.</summary>
public sealed class AccountsModule : IModule
{
    public string Name => AccountsDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<AccountsDbContext>(configuration, AccountsDbContext.Schema);
        services.AddLaborIdentity(configuration);
        services.AddScoped<IPasswordValidator<LaborUser>, CommonPasswordValidator>();
        services.AddValidatorsFromAssemblyContaining<AccountsModule>(includeInternalTypes: true);
        services.AddScoped<AccountMailer>();
        services.AddScoped<Registrar>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<SetUpAccounts>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<IAccountContacts, AccountContacts>();
        services.AddScoped<ISectorLeadAccounts, SectorLeadAccounts>();
        services.AddScoped<IPersonalDataSource, AccountPersonalData>();
        services.AddScoped<RemoveUnconfirmedAccounts>();
        services.AddOptions<SignInProtectionOptions>().BindConfiguration(SignInProtectionOptions.Section);
        services.AddSingleton<EqualAnswerTime>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SessionStamps>();
        services.AddScoped<RefreshTokens>();
        services.AddScoped<PasswordChange>();
        services.AddScoped<ForgetEndedSessions>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<DeleteErasedAccount>().Endpoint(e => e.Name = "accounts-jobseeker-erased");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => AccountApi.Map(endpoints);

    public void AddRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddMessageRetention<AccountsDbContext>(Name);
        jobs.AddOrUpdate<RemoveUnconfirmedAccounts>(RemoveUnconfirmedAccounts.JobId, job => job.RunAsync(CancellationToken.None), "15 3 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
        jobs.AddOrUpdate<ForgetEndedSessions>(ForgetEndedSessions.JobId, job => job.RunAsync(CancellationToken.None), "25 3 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateAsync<AccountsDbContext>(cancellationToken);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountDirectory>().EnsureRolesAsync();
        await scope.ServiceProvider.GetRequiredService<SetUpAccounts>().EnsureInitialAdminAsync();
    }

    public async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedAsync();
    }
}

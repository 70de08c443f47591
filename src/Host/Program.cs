using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Mail;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Host.Composition;
using Labor.Host.FailedMessages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

if (args is ["--healthcheck"])
{
    // The container image has no curl: the host checks itself for Docker's HEALTHCHECK.
    return await SelfCheck.LiveAsync(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
}

IReadOnlyList<IModule> modules = LaborModules.All;
ModuleCommand? command = modules.SelectMany(m => m.Commands).FirstOrDefault(c => args.Length > 0 && c.Name == args[0]);

// A command's own arguments (a folder path, say) are not configuration.
WebApplicationBuilder builder = WebApplication.CreateBuilder(command is null ? args : []);
// Every environment checks at start that each service can be built, as Development does by default: a registration
// that only a developer's machine would trip over fails the tests too.
builder.Host.UseDefaultServiceProvider(options => (options.ValidateOnBuild, options.ValidateScopes) = (true, true));

ValidationDefaults.Apply();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
builder.Services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section);
builder.Services.AddLaborMail();
AuthorizationBuilder accessRules = builder.Services.AddLaborAuthorization();
builder.Services.AddLaborRateLimits(builder.Configuration);
builder.Services.AddLaborOutputCache();
builder.Services.AddLaborProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddLaborLocalization();
builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgresql", tags: ["ready"]);
IMvcBuilder pages = builder.Services.AddRazorPages().AddViewLocalization();
foreach (IModule module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
    module.AddAccessRules(accessRules);
    pages.AddApplicationPart(module.GetType().Assembly);
}

builder.Services.AddSingleton<IReadOnlyList<NavigationLink>>([.. modules.SelectMany(m => m.Navigation).OrderBy(link => link.Order)]);
builder.Services.AddLaborMessaging(builder.Configuration, modules);
builder.Services.AddLaborJobs(builder.Configuration);
builder.Services.AddFailedMessages(builder.Configuration);

WebApplication app = builder.Build();
await app.PrepareAsync(modules, app.Lifetime.ApplicationStopping);
if (command is not null)
{
    return await command.RunAsync(app.Services, args[1..], app.Lifetime.ApplicationStopping);
}

if (args.Contains("migrate"))
{
    return 0;
}

// Behind a TLS-terminating proxy on this machine or network: trust its X-Forwarded-Proto/For (loopback proxies by default).
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
app.UseSecurityHeaders();
app.UseLaborErrorHandling();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
// After routing, so an endpoint's own request size limit holds while the body is read.
app.UseMiddleware<TextAtTheEdge>();
// After authentication (a signed-in request is never served from the cache) and localization (the cache varies by language).
app.UseOutputCache();
app.MapStaticAssets();
app.MapLaborHealth();
app.MapOpenApi();
app.MapScalarApiReference(options => options.WithTitle("Labor API"));
app.MapLaborJobsDashboard();
app.MapFailedMessages();
foreach (IModule module in modules)
{
    module.MapEndpoints(app);
}

app.MapRazorPages();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host it.</summary>
public partial class Program;

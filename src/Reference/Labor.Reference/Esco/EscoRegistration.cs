using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference.Esco;

internal static class EscoRegistration
{
    public static IServiceCollection AddEscoOnline(this IServiceCollection services, IConfiguration configuration)
    {
        EscoOptions esco = configuration.GetSection(EscoOptions.Section).Get<EscoOptions>() ?? new EscoOptions();
        services.AddOptions<EscoOptions>().BindConfiguration(EscoOptions.Section);
        // Without a configured address the client is never called (EscoOnline.Configured); the placeholder keeps DI simple.
        services.AddRemoteService<IEscoApi>(esco.BaseUrl ?? new Uri("http://esco.invalid/"), esco.AttemptTimeout, esco.TotalTimeout, esco.Retries);
        services.AddScoped<EscoOnline>();
        return services;
    }
}

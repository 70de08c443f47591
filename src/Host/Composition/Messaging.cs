using Labor.BuildingBlocks.Modules;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Labor.Host.Composition;

internal static class Messaging
{
    /// <summary>
    /// MassTransit on RabbitMQ with publisher confirms. Each module registers its own consumers; every receive
    /// endpoint retries with exponential backoff, after which MassTransit moves the message to the queue's _error queue.
    /// </summary>
    public static IServiceCollection AddLaborMessaging(this IServiceCollection services, IConfiguration configuration, IEnumerable<IModule> modules)
    {
        RabbitMqOptions rabbit = configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        services.AddMassTransit(bus =>
        {
            foreach (IModule module in modules)
            {
                module.AddConsumers(bus);
            }

            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(500))));
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "rabbitmq";
                health.Tags.Add("ready");
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
            });
            bus.UsingRabbitMq((context, configurator) =>
            {
                configurator.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                {
                    host.Username(rabbit.Username);
                    host.Password(rabbit.Password);
                    host.PublisherConfirmation = true;
                });
                configurator.ConfigureEndpoints(context);
            });
        });
        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            // Consumers are bound before the host serves requests, so nothing published at start-up is missed.
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(15);
        });
        return services;
    }
}

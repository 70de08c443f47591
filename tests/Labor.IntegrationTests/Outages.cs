namespace Labor.IntegrationTests;

/// <summary>
/// Tests that stop a shared service (RabbitMQ, PostgreSQL) or kill a host mid-job. A stopped service cuts off every
/// host on it, and a kill is timed against running work, so this collection runs alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Outages
{
    public const string Name = "outages";
}

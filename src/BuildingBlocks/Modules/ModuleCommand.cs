namespace Labor.BuildingBlocks.Modules;

/// <summary>
/// A command a module offers on the host's command line (<c>Labor.Host &lt;name&gt; args…</c>), run after migration
/// instead of serving; its result is the process exit code.
/// </summary>
public sealed record ModuleCommand(string Name, string Usage, Func<IServiceProvider, IReadOnlyList<string>, CancellationToken, Task<int>> RunAsync);

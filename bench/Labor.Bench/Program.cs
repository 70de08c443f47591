using Labor.Bench;

// Each benchmark prints its figure beside a baseline measured in the same run, on the same machine and services.
string which = args.FirstOrDefault() ?? "outbox";
switch (which)
{
    case "outbox":
        await OutboxThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Available: outbox [events]");
        return 2;
}

using Labor.Bench;

// Each benchmark prints its figure beside a baseline measured in the same run, on the same machine and services.
string which = args.FirstOrDefault() ?? "outbox";
switch (which)
{
    case "outbox":
        await OutboxThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000);
        return 0;
    case "autocomplete":
        AutocompleteLatency.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000);
        return 0;
    case "search":
        await SearchLatency.RunAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
        return 0;
    case "matching":
    case "matching-national":
        bool national = which == "matching-national";
        await MatchingBench.RunAsync(
            "bench/run.sh " + string.Join(' ', args),
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : national ? 1_000_000 : 100_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : national ? 100_000 : 20_000,
            national);
        return 0;
    case "matching-scaleout":
        await MatchingScaleOut.RunAsync("bench/run.sh " + string.Join(' ', args),
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        return 0;
    case "digests":
        await DigestBench.RunAsync("bench/run.sh " + string.Join(' ', args),
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        return 0;
    case "load":
        await LoadBench.RunAsync("bench/run.sh " + string.Join(' ', args),
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10,
            args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3,
            args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 20_000,
            args.Length > 5 ? args[5] : null);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Available: outbox [events], autocomplete [queries], search [vacancies] [queries], matching [jobseekers] [vacancies], matching-national [jobseekers] [vacancies], matching-scaleout [jobseekers] [vacancies], digests [readers], load [concurrency] [seconds] [warm-up seconds] [vacancies] [only targets containing]");
        return 2;
}

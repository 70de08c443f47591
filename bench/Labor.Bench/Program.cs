using Labor.Bench;

// Each benchmark prints its figure beside a baseline measured in the same run, on the same machine and services.
string which = args.FirstOrDefault() ?? "outbox";
switch (which)
{
    case "outbox":
        await OutboxThroughput.RunAsync(Arg(1) ?? 5_000);
        return 0;
    case "autocomplete":
        AutocompleteLatency.Run(Arg(1) ?? 5_000);
        return 0;
    case "search":
        await SearchLatency.RunAsync(
            Arg(1) ?? 20_000,
            Arg(2) ?? 2_000);
        return 0;
    case "matching":
    case "matching-national":
        bool national = which == "matching-national";
        await MatchingBench.RunAsync(
            "bench/run.sh " + string.Join(' ', args),
            Arg(1) ?? (national ? 1_000_000 : 100_000),
            Arg(2) ?? (national ? 100_000 : 20_000),
            national);
        return 0;
    case "matching-scaleout":
        await MatchingScaleOut.RunAsync("bench/run.sh " + string.Join(' ', args),
            Arg(1) ?? 1_000_000,
            Arg(2) ?? 100_000,
            Arg(3) ?? 2);
        return 0;
    case "digests":
        await DigestBench.RunAsync("bench/run.sh " + string.Join(' ', args),
            Arg(1) ?? 100_000);
        return 0;
    case "load":
        await LoadBench.RunAsync("bench/run.sh " + string.Join(' ', args),
            Arg(1) ?? 32,
            Arg(2) ?? 10,
            Arg(3) ?? 3,
            Arg(4) ?? 20_000,
            args.Length > 5 ? args[5] : null);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Available: outbox [events], autocomplete [queries], search [vacancies] [queries], matching [jobseekers] [vacancies], matching-national [jobseekers] [vacancies], matching-scaleout [jobseekers] [vacancies] [runs], digests [readers], load [concurrency] [seconds] [warm-up seconds] [vacancies] [only targets containing]");
        return 2;
}

int? Arg(int index) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : null;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// The default sector tables of an occupation, from its ISCO-08 group: the longest listed prefix of its code wins, so a
/// unit group can differ from its major group. Occupations outside every table (most managers, clerks, retail) map to
/// none rather than to a guess. The starter taxonomy overrides this per occupation.
/// </summary>
internal static class IscoSectors
{
    private const string Agri = "Agri & Food";
    private const string Bouw = "Bouw";
    private const string Creatief = "Creatieve industrie";
    private const string It = "E-commerce & IT";
    private const string Onderwijs = "Onderwijs";
    private const string Techniek = "Techniek & Energietransitie";
    private const string Transport = "Transport & Logistiek";
    private const string Zorg = "Zorg & Welzijn";
    private const string Vrijetijd = "Vrijetijdseconomie";

    private static readonly Dictionary<string, string[]> ByPrefix = new(StringComparer.Ordinal)
    {
        ["6"] = [Agri], ["921"] = [Agri], ["751"] = [Agri], ["816"] = [Agri], ["2132"] = [Agri], ["3142"] = [Agri],
        ["2250"] = [Agri], ["3240"] = [Agri], ["1311"] = [Agri], ["9412"] = [Agri, Vrijetijd],

        ["71"] = [Bouw], ["741"] = [Bouw, Techniek], ["931"] = [Bouw], ["2142"] = [Bouw], ["3112"] = [Bouw], ["3123"] = [Bouw],
        ["1323"] = [Bouw], ["2161"] = [Bouw, Creatief], ["2162"] = [Bouw, Creatief], ["8342"] = [Bouw], ["7126"] = [Bouw, Techniek],

        ["72"] = [Techniek], ["74"] = [Techniek], ["31"] = [Techniek], ["214"] = [Techniek], ["215"] = [Techniek], ["81"] = [Techniek],
        ["82"] = [Techniek], ["932"] = [Techniek], ["1321"] = [Techniek], ["2133"] = [Techniek],

        ["83"] = [Transport], ["432"] = [Transport], ["933"] = [Transport], ["1324"] = [Transport], ["315"] = [Transport],
        ["9621"] = [Transport], ["5112"] = [Transport],

        ["25"] = [It], ["35"] = [It], ["133"] = [It], ["2431"] = [It, Creatief], ["2434"] = [It], ["5244"] = [It], ["4222"] = [It],
        ["522"] = [It],

        ["216"] = [Creatief], ["264"] = [Creatief], ["265"] = [Creatief], ["343"] = [Creatief], ["731"] = [Creatief],
        ["2432"] = [Creatief], ["3521"] = [Creatief],

        ["23"] = [Onderwijs], ["5312"] = [Onderwijs], ["1345"] = [Onderwijs],

        ["22"] = [Zorg], ["32"] = [Zorg], ["532"] = [Zorg], ["5311"] = [Zorg, Onderwijs], ["2634"] = [Zorg], ["2635"] = [Zorg],
        ["3412"] = [Zorg], ["1342"] = [Zorg], ["1343"] = [Zorg], ["1344"] = [Zorg],

        ["51"] = [Vrijetijd], ["3434"] = [Vrijetijd], ["342"] = [Vrijetijd], ["4221"] = [Vrijetijd], ["4224"] = [Vrijetijd],
        ["141"] = [Vrijetijd], ["1431"] = [Vrijetijd], ["941"] = [Vrijetijd],
    };

    public static IReadOnlyList<string> For(string iscoCode)
    {
        for (int length = Math.Min(iscoCode.Length, 4); length > 0; length--)
        {
            if (ByPrefix.TryGetValue(iscoCode[..length], out string[]? tables))
            {
                return tables;
            }
        }

        return [];
    }

    public static IEnumerable<string> TableNames => ByPrefix.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal);
}

using Labor.Reference.Contracts;

namespace Labor.Matching.Engine;

/// <summary>
/// Skills, occupations and sector tables as small integers, so the engine compares numbers, not URIs. Built while
/// loading (one thread), read-only while matching.
/// </summary>
internal sealed class Concepts(IVocabulary vocabulary, IReferenceData region)
{
    public const int NoConcept = -1;

    /// <summary>A skill first seen after the index was built: nobody in the index has it.</summary>
    public const int UnknownSkill = -2;

    /// <summary>
    /// Where work outside every sector table is (retail, office work): a move from there into a table, or from a table
    /// to there, crosses a sector boundary as much as one between tables does.
    /// </summary>
    public const int OutsideEveryTable = 1 << 30;

    private readonly Dictionary<string, int> _skillIds = new(StringComparer.Ordinal);
    private readonly List<string> _skillUris = [];
    private readonly List<int> _broader = [];
    private readonly List<int[]> _related = [];
    private readonly List<SkillReach> _reach = [];
    private readonly Dictionary<string, int> _occupationIds = new(StringComparer.Ordinal);
    private readonly List<(int Unit, int Minor, int Sectors)> _occupations = [];
    private readonly Dictionary<string, int> _sectorBits = region.SectorTables
        .Select((table, i) => (table.Name, Bit: 1 << i)).ToDictionary(t => t.Name, t => t.Bit, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _educationRanks = region.EducationLevels.ToDictionary(l => l.Code, l => l.Rank, StringComparer.Ordinal);

    public int SkillCount => _skillUris.Count;

    /// <summary>
    /// Once the index is built nothing new is interned: an entry made later for an incremental run may name a skill
    /// or occupation the index has never seen, and gets a code that matches nothing rather than a new number.
    /// </summary>
    public bool Frozen { get; private set; }

    public void Freeze() => Frozen = true;

    public IReadOnlyList<string> SectorNames { get; } = [.. region.SectorTables.Select(t => t.Name)];

    public int Skill(string uri)
    {
        if (_skillIds.TryGetValue(uri, out int id))
        {
            return id;
        }

        Skill? skill = vocabulary.FindSkill(uri);
        if (skill is not null && skill.Uri != uri)
        {
            // A replaced regional skill is the ESCO skill that replaced it, whichever URI a profile or vacancy still holds.
            id = Skill(skill.Uri);
            if (!Frozen)
            {
                _skillIds[uri] = id;
            }

            return id;
        }

        if (Frozen)
        {
            return UnknownSkill;
        }

        id = _skillUris.Count;
        _skillIds[uri] = id;
        _skillUris.Add(uri);
        _broader.Add(NoConcept);
        _related.Add([]);
        _reach.Add(skill?.ReuseLevel switch
        {
            "transversal" => SkillReach.Transversal,
            "sector-specific" => SkillReach.Sector,
            "occupation-specific" => SkillReach.Occupation,
            _ => SkillReach.AcrossSectors, // cross-sector, and regional skills ESCO gives no level
        });
        if (skill?.BroaderUri is { } broaderUri)
        {
            _broader[id] = Skill(broaderUri);
        }

        // ESCO's skill–skill relations (knowledge a skill draws on, a skill that helps it) count as closely related.
        if (vocabulary.RelatedSkills(uri) is { Count: > 0 } related)
        {
            _related[id] = [.. related.Select(r => Skill(r.SkillUri)).Where(r => r >= 0 && r != id).Distinct()];
        }

        return id;
    }

    public string SkillUri(int skill) => _skillUris[skill];

    /// <summary>Whether every skill and occupation named is one this index has numbered (see <see cref="Frozen"/>).</summary>
    public bool Knows(IEnumerable<string> skillUris, IEnumerable<string> occupationUris) =>
        skillUris.All(_skillIds.ContainsKey) && occupationUris.All(_occupationIds.ContainsKey);

    /// <summary>The nearest broader concept, or <see cref="NoConcept"/>.</summary>
    public int BroaderOf(int skill) => skill < 0 ? NoConcept : _broader[skill];

    /// <summary>The skills ESCO relates to this one, either way round; empty when none.</summary>
    public ReadOnlySpan<int> RelatedOf(int skill) => skill < 0 ? [] : _related[skill];

    /// <summary>
    /// Whether the skill can on its own make a vacancy a candidate: transversal skills (teamwork, Dutch) are part of a
    /// fit, but never alone the reason for one.
    /// </summary>
    public bool IsSpecific(int skill) => skill >= 0 && _reach[skill] != SkillReach.Transversal;

    /// <summary>How far ESCO's reuse level says the skill carries; <see cref="SkillReach.AcrossSectors"/> when unknown.</summary>
    public SkillReach ReachOf(int skill) => skill < 0 ? SkillReach.AcrossSectors : _reach[skill];

    public int Occupation(string uri)
    {
        if (_occupationIds.TryGetValue(uri, out int id))
        {
            return id;
        }

        if (Frozen)
        {
            return NoConcept;
        }

        Occupation? occupation = vocabulary.FindOccupation(uri);
        string isco = occupation?.IscoCode ?? "";
        id = _occupations.Count;
        _occupationIds[uri] = id;
        _occupations.Add((
            isco.Length >= 4 && int.TryParse(isco.AsSpan(0, 4), out int unit) ? unit : NoConcept,
            isco.Length >= 3 && int.TryParse(isco.AsSpan(0, 3), out int minor) ? minor : NoConcept,
            occupation is null ? 0 : SectorsOfWork(occupation.SectorTables)));
        return id;
    }

    public int IscoUnitOf(int occupation) => occupation < 0 ? NoConcept : _occupations[occupation].Unit;

    public int IscoMinorOf(int occupation) => occupation < 0 ? NoConcept : _occupations[occupation].Minor;

    public int SectorsOf(int occupation) => occupation < 0 ? 0 : _occupations[occupation].Sectors;

    public int SectorMask(IEnumerable<string> tables) =>
        tables.Aggregate(0, (mask, name) => mask | _sectorBits.GetValueOrDefault(name));

    /// <summary>The sector tables work belongs to, or <see cref="OutsideEveryTable"/> when none.</summary>
    public int SectorsOfWork(IEnumerable<string> tables) => SectorMask(tables) is var mask and not 0 ? mask : OutsideEveryTable;

    public IEnumerable<string> SectorTablesIn(int mask) => SectorNames.Where((_, i) => (mask & (1 << i)) != 0);

    /// <summary>The education level's rank; 0 (none) when unknown or not given: missing data never counts as agreement.</summary>
    public byte EducationRank(string? code) => (byte)(code is not null && _educationRanks.TryGetValue(code, out int rank) ? rank : 0);
}

/// <summary>
/// ESCO's reuse level as the distance a skill carries: transversal and cross-sector skills anywhere, a sector-specific
/// skill within its sector, an occupation-specific one to neighbouring occupations (ADR 12).
/// </summary>
internal enum SkillReach : byte
{
    Transversal,
    AcrossSectors,
    Sector,
    Occupation,
}

using Labor.Matching.Results;

namespace Labor.Matching.Engine;

/// <summary>A pair that passed every hard filter, with its score (0–100) and the parts it is made of.</summary>
internal readonly record struct Score(
    int Total,
    int Skills,
    int Occupation,
    int Sector,
    int Distance,
    int Hours,
    double? DistanceKm,
    long ExactSkills,
    long RelatedSkills,
    OccupationRelation Relation,
    bool Intersectoral);

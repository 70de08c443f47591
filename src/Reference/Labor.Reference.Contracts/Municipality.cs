namespace Labor.Reference.Contracts;

/// <summary>A municipality of Regio Zwolle with the point distances are measured from when no address is known.</summary>
public sealed record Municipality(string Name, string Province, GeoPoint Centre);

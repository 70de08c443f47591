namespace Labor.UnitTesting;

/// <summary>The skills the unit tests speak of, each with the ESCO reuse level that decides how far it carries.</summary>
public static class Skills
{
    public const string Vehicles = "urn:test:skill:vehicles";         // cross-sector, broader than the two below
    public const string Forklift = "urn:test:skill:forklift";         // sector-specific
    public const string ReachTruck = "urn:test:skill:reach-truck";    // sector-specific, a sibling of Forklift
    public const string OrderPicking = "urn:test:skill:order-picking"; // cross-sector
    public const string Stock = "urn:test:skill:stock";               // cross-sector, related to OrderPicking by ESCO
    public const string Teamwork = "urn:test:skill:teamwork";         // transversal
    public const string WoundCare = "urn:test:skill:wound-care";      // occupation-specific
    public const string Hygiene = "urn:test:skill:hygiene";           // occupation-specific, related to WoundCare
    public const string OldForklift = "urn:labor:skill:heftruck";     // a regional skill ESCO's Forklift replaced

    public static readonly string[] All = [Vehicles, Forklift, ReachTruck, OrderPicking, Stock, Teamwork, WoundCare, Hygiene];
}

/// <summary>Occupations chosen for their ISCO-08 codes: one unit group, a neighbour in its minor group, one far away, one in no table.</summary>
public static class Occupations
{
    public const string ForkliftDriver = "urn:test:occupation:forklift-driver";     // 8344
    public const string ReachTruckDriver = "urn:test:occupation:reach-truck-driver"; // 8344: same unit group
    public const string CraneOperator = "urn:test:occupation:crane-operator";       // 8343: same minor group 834
    public const string Nurse = "urn:test:occupation:nurse";                        // 2221
    public const string ShopAssistant = "urn:test:occupation:shop-assistant";       // 5223: retail, outside every sector table

    public static readonly string[] All = [ForkliftDriver, ReachTruckDriver, CraneOperator, Nurse, ShopAssistant];
}

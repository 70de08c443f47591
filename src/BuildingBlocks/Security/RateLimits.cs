namespace Labor.BuildingBlocks.Security;

/// <summary>Names of the rate-limit policies the host defines; endpoints and pages opt in by name.</summary>
public static class RateLimits
{
    /// <summary>Registration, sign-in and password reset: per client address.</summary>
    public const string Account = "account";
}

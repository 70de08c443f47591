namespace Labor.Client;

/// <param name="Kind">"jobseeker" or "employer".</param>
public sealed record SignUp(string? Email, string? Password, string? Kind, string? OrganisationName = null, string? Language = null);

public sealed record SignIn(string? Email, string? Password);

public sealed record AccessToken(
    string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("accessToken")] string Token,
    long ExpiresIn,
    string RefreshToken);

public sealed record Refresh(string? RefreshToken);

public sealed record ChangePassword(string? CurrentPassword, string? NewPassword);

public sealed record RoleChange(string? Role, string? OrganisationName = null);

public sealed record ForgotPassword(string? Email);

public sealed record ResetPassword(Guid? UserId, string? Code, string? Password);

public sealed record CurrentUser(Guid Id, string Email, string Role, Guid? OrganisationId, string? OrganisationName, string Language);

public sealed record NewUser(string? Email, string? Role, Guid? OrganisationId = null, string? OrganisationName = null, string? Language = null);

public sealed record UserSummary(Guid Id, string Email, string Role, bool EmailConfirmed, Guid? OrganisationId, string? OrganisationName, DateTimeOffset CreatedAt);

using Labor.Accounts.Domain;
using Labor.Accounts.Passwords;
using Labor.Testing;
using Microsoft.AspNetCore.Identity;

namespace Labor.IntegrationTests;

/// <summary>The password rules on their own, without a host: which passwords the validator refuses and why.</summary>
public sealed class PasswordRuleTests
{
    private static readonly LaborUser User = new() { UserName = "marieke.devries@voorbeeld.nl", Email = "marieke.devries@voorbeeld.nl" };

    [Theory]
    [InlineData("aaaaaaaaaa", "PasswordTrivial")]
    [InlineData("AAAAAAAAAAAA", "PasswordTrivial")]
    [InlineData("ababababab", "PasswordTrivial")]
    [InlineData("123123123123", "PasswordTrivial")]
    [InlineData("abcdefghij", "PasswordTrivial")]
    [InlineData("ZYXWVUTSRQ", "PasswordTrivial")]
    [InlineData("1234567890", "PasswordTrivial")]
    [InlineData("0987654321", "PasswordTrivial")]
    [InlineData("qwertyuiop", "PasswordCommon")]
    [InlineData("Password123", "PasswordCommon")]
    [InlineData("  1qaz2wsx3edc ", "PasswordCommon")]
    [InlineData("MANCHESTER", "PasswordCommon")]
    [InlineData("ik ben marieke.devries@voorbeeld.nl", "PasswordContainsEmail")]
    [InlineData("Marieke.DeVries1990!", "PasswordContainsEmail")]
    [InlineData("mijn Labor account", "PasswordContainsPlatformName")]
    [InlineData("laborlaborlabor", "PasswordContainsPlatformName")]
    public async Task Refused_passwords_name_their_rule(string password, string code)
    {
        IdentityResult result = await new CommonPasswordValidator().ValidateAsync(null!, User, password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Code).ShouldContain(code);
        result.Errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Description));
    }

    [Theory]
    [InlineData("een lange zin als wachtwoord")]
    [InlineData("mijn fiets is blauw en snel")]
    [InlineData("geheim wachtwoord van marieke")]
    [InlineData("13579246801")]
    [InlineData("abcdefghik")]
    [InlineData(LaborHost.TestPassword)]
    public async Task Ordinary_passphrases_pass(string password)
    {
        IdentityResult result = await new CommonPasswordValidator().ValidateAsync(null!, User, password);

        result.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_local_part_shorter_than_four_characters_is_allowed_inside_a_password()
    {
        var jan = new LaborUser { UserName = "jan@voorbeeld.nl", Email = "jan@voorbeeld.nl" };

        (await new CommonPasswordValidator().ValidateAsync(null!, jan, "de januarizon schijnt")).Succeeded.ShouldBeTrue();
        (await new CommonPasswordValidator().ValidateAsync(null!, jan, "mail jan@voorbeeld.nl maar")).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void The_shipped_list_holds_only_passwords_the_length_rule_lets_through()
    {
        CommonPasswordList.Count.ShouldBe(2312);
        CommonPasswordList.Contains("1q2w3e4r5t").ShouldBeTrue();
        CommonPasswordList.Contains("qwerty").ShouldBeFalse("shorter than 10 characters: the length rule refuses it, so the list leaves it out");
    }
}

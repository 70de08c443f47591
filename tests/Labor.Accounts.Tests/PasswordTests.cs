using Labor.Accounts.Domain;
using Labor.Accounts.Passwords;
using Microsoft.AspNetCore.Identity;

namespace Labor.Accounts.Tests;

/// <summary>
/// The password rules at their edges (Labor.IntegrationTests' PasswordRuleTests shows each rule at work): where a
/// repeat, a run, an e-mail address or the platform's name starts and stops counting.
/// </summary>
public sealed class PasswordTests
{
    [Theory]
    [InlineData("abcabcabca")]     // a group of three repeated, cut off anywhere
    [InlineData("  aaaaaaaaaa  ")] // surrounding spaces aside
    [InlineData("AbCdEfGhIj")]     // a run in any case
    [InlineData("7890123456")]     // 0 follows 9 on the keyboard's number row
    [InlineData("6543210987")]
    public void Repeats_of_up_to_three_characters_and_runs_are_trivial(string password) => TrivialPasswords.IsTrivial(password).ShouldBeTrue();

    [Theory]
    [InlineData("abcdabcdabcd")] // a group of four repeated is beyond the rule
    [InlineData("wxyzabcdef")]   // letters stop at z
    [InlineData("abcdefghjk")]   // one letter skipped
    [InlineData("a1b2c3d4e5")]
    [InlineData("a")]            // too short to be a repeat or a run; the length rule refuses it
    public void Anything_else_is_not_trivial(string password) => TrivialPasswords.IsTrivial(password).ShouldBeFalse();

    [Theory]
    [InlineData("jans@voorbeeld.nl", "het huis van jans tante", true)] // a local part of four is refused
    [InlineData("jan@voorbeeld.nl", "het huis van jan en piet", false)] // one of three occurs in ordinary words
    [InlineData("Marieke@Voorbeeld.nl", "ik ben MARIEKE@voorbeeld.NL", true)]
    public async Task The_accounts_own_address_or_a_local_part_of_four_or_more_characters_is_refused(string email, string password, bool refused)
    {
        (await CodesAsync(new LaborUser { UserName = email, Email = email }, password)).Contains("PasswordContainsEmail").ShouldBe(refused);
    }

    [Fact]
    public async Task Without_an_address_only_the_other_rules_apply()
    {
        (await CodesAsync(new LaborUser(), "een lange zin als wachtwoord")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_platforms_name_in_any_case_is_refused()
    {
        (await CodesAsync(new LaborUser(), "mijn LaBoR wachtwoord")).ShouldBe(["PasswordContainsPlatformName"]);
    }

    [Fact]
    public void A_listed_password_is_found_ignoring_case_and_surrounding_spaces()
    {
        CommonPasswordList.Contains(" 1Q2W3E4R5T ").ShouldBeTrue();
    }

    private static async Task<string[]> CodesAsync(LaborUser user, string password)
    {
        IdentityResult result = await new CommonPasswordValidator().ValidateAsync(null!, user, password);
        return [.. result.Errors.Select(e => e.Code)];
    }
}

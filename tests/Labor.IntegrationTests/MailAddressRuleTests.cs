using Labor.BuildingBlocks.Web;

namespace Labor.IntegrationTests;

/// <summary>The one rule for addresses people give (no host needed): what a mail server can deliver to.</summary>
public sealed class MailAddressRuleTests
{
    [Theory]
    [InlineData("jan@voorbeeld.nl")]
    [InlineData("j.de.vries+werk@gemeente-zwolle.nl")]
    [InlineData("renée@café.example")]
    [InlineData("o'brien@test.example")]
    public void Deliverable_addresses_pass(string address) => MailAddressRule.IsDeliverable(address).ShouldBeTrue();

    [Theory]
    [InlineData("FZMARK^p@xL^<d`B|FC4`~IS7X")] // found by the fuzz test: the SMTP server refused it after the account was made
    [InlineData("jan@localhost")]
    [InlineData("jan@-voorbeeld.nl")]
    [InlineData("jan@voorbeeld..nl")]
    [InlineData("jan de vries@voorbeeld.nl")]
    [InlineData("<jan@voorbeeld.nl>")]
    [InlineData("@voorbeeld.nl")]
    [InlineData("jan@")]
    public void Undeliverable_addresses_are_refused(string address) => MailAddressRule.IsDeliverable(address).ShouldBeFalse();
}

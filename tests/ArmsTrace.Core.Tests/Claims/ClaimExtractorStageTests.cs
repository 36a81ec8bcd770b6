using ArmsTrace.Core.Claims;
using ArmsTrace.Core.Claims.Extraction;
using ArmsTrace.Core.Documents;
using ArmsTrace.Core.Entities;
using ArmsTrace.Core.Entities.Recognition;
using ArmsTrace.Core.Extraction;
using ArmsTrace.Core.Nlp.Parsing;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests.Claims;

public sealed class ClaimExtractorStageTests
{
    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(PipelineResources.Bundled);

    private static List<Claim> Claims(string text) =>
        [.. Pipeline.Run(new SourceDocument(text, new DocumentMetadata("t.txt"))).Claims];

    [Fact]
    public void Pipeline_ClaimStageWithoutParser_IsRefusedAtAssembly()
    {
        var unparsed = Pipeline.Stages.Where(s => s is not DependencyParserStage and not EntityTypingStage);
        var error = Assert.Throws<InvalidOperationException>(() => new ExtractionPipeline(unparsed));
        Assert.Contains(ClaimExtractorStage.ExtractorName, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Layer.Dependencies), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnitedStatesInSentence_IsNotReadAsReportingVerb()
    {
        var claims = Claims("Iran, which has been hit by sanctions imposed by the United States, still exports drones.");
        var sanction = Assert.Single(claims, c => c.Type == ClaimType.Sanction);
        Assert.Equal("United States", sanction.Subject.Name);
        Assert.Null(sanction.Source);
    }

    [Fact]
    public void Extract_SanctionOnNationalityFirms_DoesNotSanctionTheCountry()
    {
        var claims = Claims("The Treasury sanctioned three Chinese firms that shipped drone engines to Iran.");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.Sanction && c.Object?.Name == "China");
        Assert.Contains(claims, c => c.Type == ClaimType.Sanction && c.Object?.Name == "three Chinese firms");
    }

    [Fact]
    public void Extract_CountryBeforeBase_OwnsItRatherThanHoldsIt()
    {
        var claims = Claims("Kataib Hezbollah struck a US base with rockets.");
        Assert.Contains(claims, c => c.Type == ClaimType.Attack && c.Object?.Name == "US base");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.LocatedIn);
    }

    [Fact]
    public void Extract_VerbPhraseAfterNameAndComma_IsNoTitle()
    {
        Assert.DoesNotContain(Claims("Iran's envoy to Beijing, Mohsen Bakhtiar, met Chinese officials on Monday."), c => c.Type == ClaimType.Role && c.Object?.Name == "China");
    }

    [Fact]
    public void Extract_LeadersWar_IsHisStatesAttack()
    {
        var claims = Claims("Putin's war in Ukraine has drained his army.");
        Assert.Contains(claims, c => c.Type == ClaimType.Attack && c.Subject.Name == "Russia" && c.Object?.Name == "Ukraine");
        Assert.DoesNotContain(claims, c => c.Subject.Name == "Vladimir Putin" && c.Type == ClaimType.Attack);
    }

    [Fact]
    public void Extract_SupplyWithoutRecipient_MakesNoClaim()
    {
        Assert.DoesNotContain(Claims("China sells its drones on the open market."), c => c.Object is null);
    }

    [Fact]
    public void Extract_TitleOfSpeaker_IsNotAttributedToTheSpeech()
    {
        var claims = Claims("\"Iran has armed the Houthis with drones,\" Saudi foreign minister Faisal bin Farhan told reporters.");
        var role = Assert.Single(claims, c => c.Type == ClaimType.Role);
        Assert.Null(role.Source);
        Assert.Contains(claims, c => c.Type == ClaimType.Supply && c.Source?.Name == "Faisal bin Farhan");
    }

    [Fact]
    public void Extract_PronounInAdverbialClause_IsTheMainClausesNamedSubject()
    {
        var claims = Claims("Hezbollah launched drones at northern Israel after it was struck by Israeli jets.");
        Assert.Contains(claims, c => c.Type == ClaimType.Attack && c.Subject.Name == "Israel" && c.Object?.Name == "Hezbollah");
    }

    [Fact]
    public void Extract_PronounInAdverbialClause_IsThePartyOfTheMainClausesSubject()
    {
        var claims = Claims("Iranian forces withdrew from the border after they were attacked by Israeli jets.");
        Assert.Contains(claims, c => c.Type == ClaimType.Attack && c.Subject.Name == "Israel" && c.Object?.Name == "Iran");
    }

    [Fact]
    public void Extract_PronounInAdverbialClauseAfterUnnamedSubject_NamesNoEarlierEntity()
    {
        var claims = Claims("The Saudi-led coalition said its jets had struck Sanaa airport. A fuel depot burned for hours after it was hit by a Houthi missile.");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.Attack && c.Subject.Name == "Houthis");
    }

    [Fact]
    public void Extract_WeaponObjectOfUse_DoesNotControlThePurposeClause()
    {
        var claims = Claims("The Islamic Resistance in Iraq used Iranian drones to strike a base in Jordan.");
        Assert.DoesNotContain(claims, c => c.Type is ClaimType.Attack or ClaimType.Use && c.Subject.Name == "Iran");
    }

    [Fact]
    public void Extract_PartyUsingAnotherStatesWeapons_WasSuppliedByIt()
    {
        var claims = Claims("The Islamic Resistance in Iraq used Iranian drones to strike a base in Jordan.");
        Assert.Contains(claims, c => c.Type == ClaimType.Supply && c.Subject.Name == "Iran" && c.Object?.Name == "Islamic Resistance in Iraq");
    }

    [Theory]
    [InlineData("Tehran's support for Moscow grew after the invasion.")]
    [InlineData("US forces based in Iraq came under fire.")]
    public void Extract_StateAsSponsoredOrLocated_YieldsNoSuchClaim(string text) =>
        Assert.DoesNotContain(Claims(text), c => (c.Type == ClaimType.Sponsor && c.Object?.Type == EntityType.Country)
            || (c.Type == ClaimType.LocatedIn && c.Subject.Type == EntityType.Country));

    [Theory]
    [InlineData("Russia fired Iranian-made drones at Kyiv overnight.", "Russia", "drones")]
    [InlineData("The Emirati air force operates Chinese-made Wing Loong II drones.", "United Arab Emirates", "Wing Loong II")]
    public void Extract_PartyMadeWeapon_KeepsItsUser(string text, string user, string weapon) =>
        Assert.Contains(Claims(text), c => c.Type == ClaimType.Use && c.Subject.Name == user && c.Object?.Name == weapon);

    [Fact]
    public void Extract_WhenClauseWithOwnSubject_DoesNotBorrowMainSubject()
    {
        var claims = Claims("Ghaani took command in 2020, when Soleimani was killed in a US drone strike in Baghdad.");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.Attack && c.Subject.Name == "Esmail Ghaani");
        Assert.Contains(claims, c => c.Type == ClaimType.Attack && c.Subject.Name == "United States" && c.Object?.Name == "Qasem Soleimani");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.Attack && c.Object?.Name == "Baghdad");
    }

    [Fact]
    public void Extract_SanctionOnFirmsBasedInCountry_DoesNotSanctionTheCountry()
    {
        var claims = Claims("The US Treasury designated several China-based suppliers of drone engines on Tuesday.");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.Sanction && c.Object?.Name == "China");
    }

    [Fact]
    public void Extract_DenialAfterSanctions_DeniesNoSanction()
    {
        var claims = Claims("London said it would sanction Iran Air and four Iranian officials. Iran rejected the reports.");
        Assert.DoesNotContain(claims, c => c.Type == ClaimType.Sanction && c.Stance == Stance.Denied);
    }

    [Fact]
    public void Extract_ConfirmationOfThisMatter_RepeatsClaimWithNewSpeaker()
    {
        var claims = Claims("For months, Iran denied sending drones to Russia. Eventually, Foreign Minister Hossein Amir-Abdollahian confirmed this matter.");
        Assert.Contains(claims, c => c.Type == ClaimType.Supply && c.Stance == Stance.Denied && c.Source?.Name == "Iran");
        Assert.Contains(claims, c => c.Type == ClaimType.Supply && c.Stance == Stance.Confirmed && c.Source?.Name == "Hossein Amir-Abdollahian");
    }

    [Fact]
    public void Extract_PresidentReceivingAVisitor_IsNoSupply()
    {
        Assert.DoesNotContain(Claims("President Ebrahim Raisi also received Ziyad al-Nakhalah during the visit."), c => c.Type == ClaimType.Supply);
    }

    [Fact]
    public void Extract_ClaimInSceneSettingClause_IsNotAttributedToTheReportingVerb()
    {
        var claims = Claims("A defence ministry official announced record arms exports last year while the UN Security Council sanctions against Iran ended in October.");
        var sanction = Assert.Single(claims, c => c.Type == ClaimType.Sanction);
        Assert.Null(sanction.Source);
    }

    [Fact]
    public void Extract_ReportsAsNoun_IsNoSpeaker()
    {
        var claims = Claims("Based on reports of Russian attacks using Iranian-made drones, most of Tehran's exports went to Moscow.");
        Assert.DoesNotContain(claims, c => c.Source?.Name == "Russia");
    }

    [Theory]
    [InlineData("Iran sold drones worth $1.5 billion to Russia in 2022.", 1_500_000_000, "USD", "$1.5 billion")]
    [InlineData("Iran delivered the drones to Russia under a US$20 million contract.", 20_000_000, "USD", "US$20 million")]
    [InlineData("China sold CH-4 drones to Iraq for 300 million euros.", 300_000_000, "EUR", "300 million euros")]
    public void Extract_SupplyWithPrice_NormalisesMoney(string text, long value, string unit, string surface)
    {
        var supply = Assert.Single(Claims(text), c => c.Type == ClaimType.Supply);
        Assert.Equal(value, supply.Quantity!.Value);
        Assert.Equal(unit, supply.Quantity.Unit);
        Assert.Equal(surface, supply.Quantity.Text);
    }
}

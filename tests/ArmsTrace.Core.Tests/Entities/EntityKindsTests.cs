using ArmsTrace.Core.Entities;

namespace ArmsTrace.Core.Tests.Entities;

public sealed class EntityKindsTests
{
    [Theory]
    [InlineData(EntityType.Country, true, true, false, false)]
    [InlineData(EntityType.Organization, true, true, true, true)]
    [InlineData(EntityType.Group, true, true, true, true)]
    [InlineData(EntityType.Person, true, true, true, false)]
    [InlineData(EntityType.Facility, false, true, false, false)]
    [InlineData(EntityType.Place, false, false, false, false)]
    [InlineData(EntityType.Weapon, false, false, false, false)]
    [InlineData(EntityType.Other, false, false, false, false)]
    public void Kinds_NestBodyInClientInPartyInActor(EntityType type, bool party, bool actor, bool client, bool body)
    {
        Assert.Equal(party, EntityKinds.IsParty(type));
        Assert.Equal(actor, EntityKinds.IsActor(type));
        Assert.Equal(client, EntityKinds.IsClient(type));
        Assert.Equal(body, EntityKinds.IsBody(type));
    }
}

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>Tests that share one host (and its clock, which only moves forward) run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "Local host";
}

/// <summary>The browser gets a host of its own, so its page shows only its own phones.</summary>
[CollectionDefinition(Name)]
public sealed class PhonePageCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "Phone page";
}

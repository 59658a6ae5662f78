using Standing.Data.Files;
using Standing.Domain.Editing;

namespace Standing.Data.Tests;

/// <summary>A fact's fields, as a change gives them: the same reading as the importer's, written back without loss.</summary>
public sealed class FactFormatTests
{
    private static readonly Lazy<Domain.RegistryInput> Shipped = new(() => DataSetReader.Read(RepositoryData.Directory).Input);

    public static TheoryData<string> Kinds => [.. FactKinds.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryShippedFact_ReadsBackFromItsFields_AsItWas(string name)
    {
        var kind = FactKinds.Named(name)!;
        var format = FactFormats.Of(kind);
        var all = kind.Facts(Shipped.Value).ToList();
        Assert.NotEmpty(all);

        foreach (var fact in all)
        {
            var (read, problems) = format.Read(format.Write(fact));
            Assert.True(read is not null, $"{kind.IdOf(fact)}: {string.Join("; ", problems)}");
            Assert.Equal(kind.TextOf(fact), kind.TextOf(read!));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryShippedFact_HasAnIdOfItsOwn_WithinItsKind(string name)
    {
        var kind = FactKinds.Named(name)!;
        var repeated = kind.Identified(Shipped.Value).GroupBy(f => f.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(repeated.Count == 0, $"ids used twice: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void TwoFactsThatShareAnId_AreNumbered_InTheDataOrder()
    {
        // Two joint consulates with Albania, in Milan and in Bari, both opened in 2016.
        var consulates = FactKinds.Relation.Identified(Shipped.Value).Where(f => f.Id.StartsWith("XKX-ITA-mission-office-of-subject-2016", StringComparison.Ordinal)).ToList();

        Assert.Equal(["XKX-ITA-mission-office-of-subject-2016", "XKX-ITA-mission-office-of-subject-2016~2"], consulates.Select(c => c.Id));
        Assert.Contains("Milan", ((Domain.Relations.Relation)consulates[0].Fact).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void BadFields_AreNamedAsTheChangeNamesThem()
    {
        var fields = FactFormats.Claim.Write(Shipped.Value.Claims[0].Value).ToDictionary();
        fields["eventDate"] = "soon";
        fields["colour"] = "red";

        var (fact, problems) = FactFormats.Claim.Read(fields);

        Assert.Null(fact);
        Assert.Equal(["colour", "eventDate"], problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.StartsWith("eventDate 'soon' is not a date", problems.Single(p => p.Path == "eventDate").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMembershipThatEndsBeforeItBegins_IsNamedAtUntil_AndACountTooLargeAtItsField()
    {
        var membership = FactFormats.Membership.Write(Shipped.Value.Memberships[0].Value).ToDictionary();
        membership["since"] = "2020-01-01";
        membership["until"] = "2019-01-01";
        var vote = FactFormats.Vote.Write(Shipped.Value.Votes[0].Value).ToDictionary();
        vote["yes"] = "99999999999";

        Assert.Equal("until", Assert.Single(FactFormats.Membership.Read(membership).Problems).Path);
        Assert.Equal("yes", Assert.Single(FactFormats.Vote.Read(vote).Problems).Path);
    }
}

using Standing.Domain.Cooperation;
using Standing.Domain.Organisations;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests.Cooperation;

public sealed class RoutingTests
{
    // XKX-POLICE reaches SRB-MUP through EULEX from 2009-09-11; reaches NCBs through UNMIK-ILO and INTERPOL;
    // reaches AAA's police directly under a bilateral agreement that ended on 2015-01-01.
    private static RegistryBuilder Network() => new RegistryBuilder()
        .Organisation("INTERPOL")
        .Member("INTERPOL", "SRB", "2001-01-01", null).Member("INTERPOL", "AAA", "2001-01-01", null).Member("INTERPOL", "BBB", "2010-06-01", null)
        .Agency("XKX-POLICE", "XKX").Agency("EULEX").Agency("UNMIK-ILO").Agency("INTERPOL").Agency("SRB-MUP", "SRB")
        .Arrangement("interpol-network", "INTERPOL<>NCB-*;NCB-*<>*-POLICE", "1956-06-13")
        .Arrangement("unmik-interpol", "XKX-POLICE<>UNMIK-ILO;UNMIK-ILO<>INTERPOL", "2002")
        .Arrangement("protocol", "XKX-POLICE<>EULEX;EULEX<>SRB-MUP", "2009-09-11", scope: "information;missing-person")
        .Arrangement("bilateral-AAA", "XKX-POLICE<>AAA-POLICE", "2010-01-01", "2015-01-01")
        .Arrangement("serbia-ncb", "NCB-SRB<>SRB-MUP", "2001-01-01");

    private static AgencyId A(string id) => new(id);

    [Theory]
    [InlineData("2009-09-10", false)] // the day before the protocol
    [InlineData("2009-09-11", true)]  // its first day
    public void Route_ToSerbiasMinistry_ExistsFromTheProtocolsFirstDay(string day, bool viaEulex)
    {
        var answer = Network().Build().Route(A("XKX-POLICE"), A("SRB-MUP"), Day(day));

        Assert.Equal(viaEulex, answer.Routes.Any(r => r.Hops.Any(h => h.To == A("EULEX"))));
    }

    [Fact]
    public void Route_BestFirst_IsTheShortest()
    {
        var answer = Network().Build().Route(A("XKX-POLICE"), A("SRB-MUP"), Day("2021-06-14"));

        Assert.Equal(["XKX-POLICE>EULEX", "EULEX>SRB-MUP"], answer.Routes[0].Hops.Select(h => $"{h.From}>{h.To}"));
        Assert.All(answer.Routes.Zip(answer.Routes.Skip(1)), p => Assert.True(p.First.Hops.Count <= p.Second.Hops.Count));
    }

    [Fact]
    public void Route_ToAnNcb_GoesThroughTheLiaisonOfficeAndTheNetwork()
    {
        var answer = Network().Build().Route(A("XKX-POLICE"), A("NCB-AAA"), Day("2019-05-01"));

        Assert.Equal(["UNMIK-ILO", "INTERPOL", "NCB-AAA"], answer.Routes[0].Hops.Select(h => h.To.Value));
        Assert.Equal(["unmik-interpol", "interpol-network"], answer.Routes[0].Arrangements);
    }

    [Theory]
    [InlineData("2014-12-31", 1)] // the bilateral agreement's last day: one hop
    [InlineData("2015-01-01", 3)] // it has ended: through the ILO, the network and AAA's NCB... to its police
    public void Route_BilateralAgreement_UsedOnlyWhileInForce(string day, int bestHops)
    {
        var answer = Network().Build().Route(A("XKX-POLICE"), A("AAA-POLICE"), Day(day));

        Assert.Equal(bestHops == 1 ? 1 : 4, answer.Routes[0].Hops.Count);
    }

    [Fact]
    public void Route_NcbOfANonMember_HasNoRouteAndSaysWhy()
    {
        var answer = Network().Build().Route(A("XKX-POLICE"), A("NCB-BBB"), Day("2010-05-31"));

        Assert.Empty(answer.Routes);
        Assert.Contains("BBB is not an Interpol member", answer.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(Network().Build().Route(A("XKX-POLICE"), A("NCB-BBB"), Day("2010-06-01")).Routes);
    }

    [Fact]
    public void Route_BeforeAnyArrangement_NamesTheArrangementsAndTheirDates()
    {
        var answer = Network().Build().Route(A("XKX-POLICE"), A("SRB-MUP"), Day("2001-01-01"));

        Assert.Empty(answer.Routes);
        Assert.Contains("Arrangement protocol", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_RequestTypeOutsideScope_UsesOnlyArrangementsCoveringIt()
    {
        var registry = Network().Build();

        var wanted = registry.Route(A("XKX-POLICE"), A("SRB-MUP"), Day("2021-06-14"), "wanted-person");

        Assert.DoesNotContain(wanted.Routes, r => r.Arrangements.Contains("protocol"));
        Assert.Contains(wanted.Routes, r => r.Arrangements.Contains("unmik-interpol")); // via NCB-SRB
        Assert.Contains(registry.Route(A("XKX-POLICE"), A("SRB-MUP"), Day("2021-06-14"), "missing-person").Routes, r => r.Arrangements.Contains("protocol"));
    }

    [Fact]
    public void Route_WhatIfKosovoJoinsInterpol_RoutesThroughItsOwnBureau()
    {
        var joined = new HashSet<OrganisationId> { new("INTERPOL") };

        var answer = Network().Build().Route(A("XKX-POLICE"), A("NCB-AAA"), Day("2019-05-01"), assumeJoined: joined);

        Assert.Contains(answer.Routes, r => r.Hops[0].To == A("NCB-XKX"));
    }

    [Theory]
    [InlineData("ATL-POLICE", "from")]
    [InlineData("NOBODY", "from")]
    public void Route_UnknownAgency_NamesTheField(string from, string field)
    {
        var e = Assert.Throws<CooperationInputException>(() => Network().Build().Route(A(from), A("SRB-MUP"), Day("2020-01-01")));

        Assert.Equal(field, e.ParamName);
    }

    [Fact]
    public void ChannelStatistics_SharesAndGrowth()
    {
        var registry = new RegistryBuilder().Requests(2019, "A", 300).Requests(2019, "B", 100).Requests(2020, "A", 150).Requests(2020, "B", 150).Build();

        var stats = registry.ChannelStatistics();

        var a2019 = stats.Single(s => s.Count.Year == 2019 && s.Count.Channel == "A");
        var a2020 = stats.Single(s => s.Count.Year == 2020 && s.Count.Channel == "A");
        Assert.Equal((0.75, (double?)null), (a2019.Share, a2019.Growth));
        Assert.Equal((0.5, (double?)-0.5), (a2020.Share, a2020.Growth));
    }

    [Fact]
    public void ChannelStatistics_PartialYear_HasNoGrowth()
    {
        var registry = new RegistryBuilder().Requests(2020, "A", 100).Requests(2021, "A", 90, until: "2021-11-09").Build();

        Assert.Null(registry.ChannelStatistics().Single(s => s.Count.Year == 2021).Growth);
    }
}

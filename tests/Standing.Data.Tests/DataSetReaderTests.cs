using Standing.Data.Files;

namespace Standing.Data.Tests;

public sealed class DataSetReaderTests
{
    [Fact]
    public void Read_ValidDataSet_HasNoProblemsAndEveryRow()
    {
        using var data = new TestDataSet();

        var set = DataSetReader.Read(data.Directory);

        Assert.True(set.Report.IsValid, string.Join("\n", set.Report.Problems));
        Assert.Equal(4, set.Input.Entities.Count);
        Assert.Equal(3, set.Input.Recognitions.Count);
        Assert.Equal(["Bb, the land"], set.Input.Entities[3].Value.Aliases);
        Assert.Equal("data/recognitions.csv:3", set.Input.Recognitions[1].Location);
    }

    [Theory]
    [InlineData("XKX,AAA,withdrawn,2020-13-45,https://example.org/page,", "bad-date")]
    [InlineData("XKX,AAA,withdrawn,2020-01-01,,", "missing-source")]
    [InlineData("XKX,AAA,vanished,2020-01-01,https://example.org/page,", "bad-value")]
    [InlineData("XKX,A1,withdrawn,2020-01-01,https://example.org/page,", "bad-code")]
    [InlineData("XKX,AAA,withdrawn,2020-01-01", "bad-csv")]
    [InlineData("XKX,ZZZ,recognised,2020-01-01,https://example.org/page,", "unknown-code")]
    [InlineData("XKX,AAA,recognised,2008-02-18,https://example.org/page,", "duplicate-row")]
    [InlineData("XKX,SRB,withdrawn,2010-01-01,https://example.org/page,", "out-of-order")]
    [InlineData("XKX,SRB,recognised,2008-02-16,https://example.org/page,", "before-declaration")]
    [InlineData("XKX,SRB,recognised,2010-01-01,https://nowhere.example/x,", "unknown-source")]
    public void Read_BadRecognitionRow_ReportsFileLineAndProblem(string row, string code)
    {
        using var data = new TestDataSet();
        var line = data.Append("recognitions.csv", row);

        var set = DataSetReader.Read(data.Directory);

        var problem = Assert.Single(set.Report.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal($"data/recognitions.csv:{line}", problem.Path);
    }

    [Fact]
    public void Read_OverlappingMembership_ReportsBothLocations()
    {
        using var data = new TestDataSet();
        var line = data.Append("memberships/CLUB.csv", "CLUB,AAA,observer,2019-01-01,,https://example.org/page,");

        var problem = Assert.Single(DataSetReader.Read(data.Directory).Report.Problems);

        Assert.Equal("overlapping-membership", problem.Code);
        Assert.Equal($"data/memberships/CLUB.csv:{line}", problem.Path);
        Assert.Contains("data/memberships/CLUB.csv:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MembershipEndingBeforeItStarts_IsReported()
    {
        using var data = new TestDataSet();
        data.Append("memberships/CLUB.csv", "CLUB,BBB,member,2010-01-01,2009-01-01,https://example.org/page,");

        Assert.Equal("dates-out-of-order", Assert.Single(DataSetReader.Read(data.Directory).Report.Problems).Code);
    }

    [Fact]
    public void Read_UnknownOrganisation_IsReported()
    {
        using var data = new TestDataSet();
        data.Append("memberships/CLUB.csv", "NOPE,BBB,member,2010-01-01,,https://example.org/page,");

        Assert.Equal("unknown-organisation", Assert.Single(DataSetReader.Read(data.Directory).Report.Problems).Code);
    }

    [Fact]
    public void Read_MissingColumn_NamesTheColumnOnLineOne()
    {
        using var data = new TestDataSet();
        data.Write("positions.csv", "subject,code,position,source\nXKX,SRB,No.,https://example.org/page");

        var problem = Assert.Single(DataSetReader.Read(data.Directory).Report.Problems);

        Assert.Equal("missing-column", problem.Code);
        Assert.Equal("data/positions.csv:1", problem.Path);
        Assert.Contains("stated_on", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateSourceAcrossFiles_IsReported()
    {
        using var data = new TestDataSet();
        data.Write("sources/other.csv", "source_url,title,publisher,accessed\nhttps://example.org/page,Again,Example,2026-11-22");

        Assert.Equal("duplicate-source", Assert.Single(DataSetReader.Read(data.Directory).Report.Problems).Code);
    }

    [Fact]
    public void Read_MissingRequiredFile_IsReported()
    {
        using var data = new TestDataSet();
        File.Delete(Path.Combine(data.Directory, "claims.csv"));

        var problem = Assert.Single(DataSetReader.Read(data.Directory).Report.Problems);

        Assert.Equal(("missing-file", "data/claims.csv"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Read_RepositoryData_IsValid()
    {
        var set = DataSetReader.Read(RepositoryData.Directory);

        Assert.True(set.Report.IsValid, string.Join("\n", set.Report.Problems.Take(20)));
    }

    [Fact]
    public void Read_RuleFileBreakingTheSchema_ReportsTheFileAndNothingElse()
    {
        using var data = new TestDataSet();
        Directory.CreateDirectory(Path.Combine(data.Directory, "rules"));
        File.Copy(Path.Combine(RepositoryData.Directory, "rules", "schema.json"), Path.Combine(data.Directory, "rules", "schema.json"));
        data.Write("rules/CLUB.json", """
            { "organisation": "CLUB", "title": "Admission", "sources": [ { "url": "https://example.org/page", "cites": "Art 1" } ],
              "stages": [ { "id": "x", "body": "assembly", "description": "votes",
                "rule": { "kind": "majority", "id": "m", "description": "no fraction", "base": "votes-cast",
                          "source": { "url": "https://example.org/page", "cites": "Art 1" } } } ] }
            """);

        var problems = DataSetReader.Read(data.Directory).Report.Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("data/rules/CLUB.json", p.Path, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal("schema", p.Code));
    }

    [Theory]
    [InlineData("cooperation/requests.csv", "year,channel,requests,until,source\n2020,unmik,99999999999,,https://example.org/page", "requests")]
    [InlineData("cooperation/requests.csv", "year,channel,requests,until,source\n2020,unmik,12.5,,https://example.org/page", "requests")]
    [InlineData("rules/weights/CLUB.csv", "code,weight,source\nAAA,1e30,https://example.org/page", "weight")]
    public void Read_ACountTooLargeOrNotWhole_IsAProblemAtItsLine_NotACrash(string file, string text, string column)
    {
        using var data = new TestDataSet();
        data.Write(file, text.Replace("\\n", "\n", StringComparison.Ordinal));

        var problem = Assert.Single(DataSetReader.Read(data.Directory).Report.Problems, p => p.Path.StartsWith($"data/{file}", StringComparison.Ordinal));

        Assert.Equal(("bad-number", $"data/{file}:2"), (problem.Code, problem.Path));
        Assert.StartsWith(column + " '", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_VoteForAnUnknownBody_IsReported()
    {
        using var data = WithClubRules();
        data.Write("votes/votes.csv", """
            id,organisation,body,round,motion,subject,date,yes,no,abstain,absent,outcome,ballot,source,note
            v1,CLUB,senate,1,admission,XKX,2020-01-01,1,0,0,,passed,not-published,https://example.org/page,
            """);

        var problem = Assert.Single(DataSetReader.Read(data.Directory).Report.Problems);

        Assert.Equal(("unknown-body", "data/votes/votes.csv:2"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("SRB,yes,https://example.org/page,\"said afterwards it meant to abstain, see note\"", "bad-roll-call", "data/votes/votes.csv:2", "adds up to 1 yes")]
    [InlineData("SRB,maybe,https://example.org/page,", "bad-value", "data/votes/members/v1.csv:2", "not one of yes, no, abstain, absent, not-voting")]
    public void Read_RollCall_IsCheckedRowByRowAndAgainstTheTally(string row, string code, string path, string message)
    {
        using var data = WithClubRules();
        data.Write("votes/votes.csv", """
            id,organisation,body,round,motion,subject,date,yes,no,abstain,absent,outcome,ballot,source,note
            v1,CLUB,assembly,1,admission,XKX,2020-01-01,2,0,0,,passed,roll-call,https://example.org/page,
            """);
        data.Write("votes/members/v1.csv", $"code,vote,source,note\n{row}\n");

        var problem = Assert.Single(DataSetReader.Read(data.Directory).Report.Problems);

        Assert.Equal((code, path), (problem.Code, problem.Path));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A data set with one organisation, CLUB, whose assembly admits by consensus.</summary>
    private static TestDataSet WithClubRules()
    {
        var data = new TestDataSet();
        Directory.CreateDirectory(Path.Combine(data.Directory, "rules"));
        File.Copy(Path.Combine(RepositoryData.Directory, "rules", "schema.json"), Path.Combine(data.Directory, "rules", "schema.json"));
        data.Write("rules/CLUB.json", """
            { "organisation": "CLUB", "title": "Admission", "sources": [ { "url": "https://example.org/page", "cites": "Art 1" } ],
              "stages": [ { "id": "assembly", "body": "assembly", "description": "votes",
                "rule": { "kind": "consensus", "id": "c", "description": "no objection", "source": { "url": "https://example.org/page", "cites": "Art 1" } } } ] }
            """);
        return data;
    }
}

public sealed class FirstReportsTests
{
    [Fact]
    public void Read_FirstReport_IsAttachedToItsEvent()
    {
        using var data = new TestDataSet();
        data.Write("first-reports.csv", $"subject,code,event,date,reported_on,source,note\nXKX,BBB,withdrawn,2019-11-07,2020-01,{TestDataSet.Url},announced later\n");

        var set = DataSetReader.Read(data.Directory);

        Assert.True(set.Report.IsValid, string.Join("\n", set.Report.Problems));
        var withdrawal = set.Input.Recognitions.Single(r => r.Value.Kind == Domain.Recognition.RecognitionEventKind.Withdrawn).Value;
        Assert.Equal("2020-01", withdrawal.FirstReport!.On.ToString());
        Assert.Equal(new DateOnly(2020, 1, 1), withdrawal.KnownFrom);
    }

    [Theory]
    [InlineData("XKX,BBB,withdrawn,2019-11-08,2020-01-01,{url},", "unknown-event")]
    [InlineData("XKX,BBB,withdrawn,2019-11-07,2020-01-01,https://nowhere.example/x,", "unknown-source")]
    [InlineData("XKX,BBB,withdrawn,2019-11-07,2020-13-01,{url},", "bad-date")]
    public void Read_BadFirstReport_IsAProblemNamingTheLine(string row, string code)
    {
        using var data = new TestDataSet();
        data.Write("first-reports.csv", $"subject,code,event,date,reported_on,source,note\n{row.Replace("{url}", TestDataSet.Url, StringComparison.Ordinal)}\n");

        var set = DataSetReader.Read(data.Directory);

        var problem = Assert.Single(set.Report.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Contains("first-reports.csv", $"{problem.Path} {problem.Message}", StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoFirstReportsOfOneEvent_IsADuplicate()
    {
        using var data = new TestDataSet();
        data.Write("first-reports.csv", $"subject,code,event,date,reported_on,source,note\nXKX,BBB,withdrawn,2019-11-07,2020-01-01,{TestDataSet.Url},\nXKX,BBB,withdrawn,2019-11-07,2020-02-01,{TestDataSet.Url},\n");

        Assert.Equal("duplicate", Assert.Single(DataSetReader.Read(data.Directory).Report.Problems).Code);
    }
}

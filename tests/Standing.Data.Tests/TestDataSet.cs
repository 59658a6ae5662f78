namespace Standing.Data.Tests;

/// <summary>A small, valid data set in a temporary directory, whose files a test can change; deleted on dispose.</summary>
internal sealed class TestDataSet : IDisposable
{
    public const string Url = "https://example.org/page";

    public TestDataSet()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("standing-data-").FullName;
        Write("entities.csv", $"""
            code,name,aliases,kind,source
            XKX,Kosovo,XK;Republic of Kosovo,state-limited,{Url}
            SRB,Serbia,,state,{Url}
            AAA,Aland,,state,{Url}
            BBB,Bbland,"Bb, the land",state,{Url}
            """);
        Write("subjects.csv", $"""
            code,declared,contested_by,source
            XKX,2008-02-17,SRB,{Url}
            """);
        Write("sources/main.csv", $"""
            source_url,title,publisher,accessed
            {Url},A page,Example,2026-11-22
            """);
        Write("recognitions.csv", $"""
            subject,code,event,date,source,note
            XKX,AAA,recognised,2008-02-18,{Url},
            XKX,BBB,recognised,2009-03,{Url},"month only, per source"
            XKX,BBB,withdrawn,2019-11-07,{Url},
            """);
        Write("claims.csv", $"""
            id,subject,code,event,event_date,party,said_on,stance,status,statement,source
            BBB-SRB,XKX,BBB,withdrawn,2019-11-07,SRB,2019-11-08,asserts,confirmed,Serbia says Bbland withdrew.,{Url}
            BBB-XKX,XKX,BBB,withdrawn,2019-11,XKX,,denies,confirmed,Kosovo calls it fake news.,{Url}
            AAA-SRB,XKX,AAA,withdrawn,2023-01-04,SRB,2023-01-04,asserts,disputed,Serbia says Aland withdrew.,{Url}
            """);
        Write("positions.csv", $"""
            subject,code,position,stated_on,source,note
            XKX,SRB,Will never recognise.,2013-02-17,{Url},
            """);
        Write("organisations.json", $$"""
            [
              { "id": "UN", "name": "United Nations", "parent": null, "source": "{{Url}}",
                "bodies": [ { "id": "general-assembly", "name": "General Assembly", "roster": "UN" } ] },
              { "id": "CLUB", "name": "A club", "parent": null, "source": "{{Url}}", "bodies": [ { "id": "assembly", "name": "Assembly", "roster": "CLUB" } ] }
            ]
            """);
        Write("memberships/UN.csv", $"""
            org,code,status,since,until,source,note
            UN,SRB,member,2000-11-01,,{Url},
            UN,AAA,member,,,{Url},joined before 2008; exact date unverified
            UN,BBB,member,2011-07-14,,{Url},
            """);
        Write("memberships/CLUB.csv", $"""
            org,code,status,since,until,source,note
            CLUB,AAA,member,1990-01-01,2020-02-01,{Url},left at the end of 2020-01-31
            CLUB,XKX,applicant,2022-05-12,,{Url},
            """);
        Write("events.csv", $"""
            id,subject,date,until,kind,title,detail,source
            washington-moratorium,XKX,2020-09-04,2021-09-04,moratorium,No new applications,One year.,{Url}
            """);
        Write("observations.csv", $"""
            series,date,value,unit,detail,source
            recognitions-quoted,2013-02,98,states,as quoted,{Url}
            """);
    }

    public string Directory { get; }

    public void Write(string file, string text)
    {
        var path = Path.Combine(Directory, file);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>Appends one line to a file, returning the line number it lands on.</summary>
    public int Append(string file, string line)
    {
        var path = Path.Combine(Directory, file);
        File.AppendAllText(path, line + "\n");
        return File.ReadAllLines(path).Length;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

using ArmsTrace.Storage.Lists;

namespace ArmsTrace.Storage.Tests.Lists;

public sealed class ListFileReaderTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Lists", "Data", name);

    [Fact]
    public void Read_OfacXml_EntriesWithAliasesDatesAndPrograms()
    {
        var (format, entries) = ListFileReader.Read(Sample("sample-sdn.xml"));
        Assert.Equal(ListFormat.OfacSdnXml, format);
        Assert.Equal(2, entries.Count);
        var person = entries[0];
        Assert.Equal(("990001", "Esmaeel GHORBANZADEH", "person", "Iran", "1971-03-12"), (person.EntryId, person.Name, person.Type, person.Country, person.BirthDate));
        Assert.Equal(["Ismail QORBANZADEH"], person.Aliases);
        Assert.Equal(["IRGC", "NPWMD"], person.Programs);
        Assert.Equal(("organization", "Iran"), (entries[1].Type, entries[1].Country));
    }

    [Fact]
    public void Read_OfacCsv_UnflipsIndividualsAndReadsRemarks()
    {
        var (format, entries) = ListFileReader.Read(Sample("sample-sdn.csv"));
        Assert.Equal(ListFormat.OfacSdnCsv, format);
        var person = entries[0];
        Assert.Equal(("Mohammad Javad KHOSRAVANI", "person", "Iran", "1966-06-04"), (person.Name, person.Type, person.Country, person.BirthDate));
        Assert.Equal(["Mohammed Jawad KHOSRAWANI"], person.Aliases);
        Assert.Equal(("TOKMAK ROTOR DYNAMICS LLC", "organization"), (entries[1].Name, entries[1].Type));
        Assert.Equal(["TOKMAK ROTOR DINAMIKA"], entries[1].Aliases);
    }

    [Fact]
    public void Read_UnXml_IndividualsAndEntities()
    {
        var (format, entries) = ListFileReader.Read(Sample("sample-un.xml"));
        Assert.Equal(ListFormat.UnConsolidatedXml, format);
        Assert.Equal(("7700001", "HOSSEIN ALI TAVAKKOLI", "person", "1958"), (entries[0].EntryId, entries[0].Name, entries[0].Type, entries[0].BirthDate));
        Assert.Equal(["Hussein Ali Tavakoli"], entries[0].Aliases);
        Assert.Equal(("KAVIR PROPULSION RESEARCH CENTRE", "organization", "Iran"), (entries[1].Name, entries[1].Type, entries[1].Country));
    }

    [Fact]
    public void Read_FollowTheMoney_KeepsThingsSkipsSanctions()
    {
        var (format, entries) = ListFileReader.Read(Sample("sample-ftm.jsonl"));
        Assert.Equal(ListFormat.FollowTheMoney, format);
        Assert.Equal(2, entries.Count);
        Assert.Equal(("Nader Qolamrezaei", "person", "ir", "1969-07-21"), (entries[0].Name, entries[0].Type, entries[0].Country, entries[0].BirthDate));
        Assert.Equal(["VCA"], entries[1].Aliases);
    }

    [Theory]
    [InlineData("<sdnList><sdnEntry><uid>1</uid><lastName>X</lastName>", "line 1")]
    [InlineData("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>", "neither <DATAID>")]
    [InlineData("<html><body/></html>", "root element <html>")]
    [InlineData("<sdnList><sdnEntry><lastName>X</lastName></sdnEntry></sdnList>", "has no <uid>")]
    [InlineData("1,\"A\",\"-0-\"", "line 1: expected 12")]
    [InlineData("x,\"A\",\"-0-\",\"-0-\",\"-0-\",\"-0-\",\"-0-\",\"-0-\",\"-0-\",\"-0-\",\"-0-\",\"-0-\"", "ent_num")]
    [InlineData("1,\"A,\"-0-\"", "not closed")]
    [InlineData("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A B\"]}}\n{oops", "line 2: not a JSON object")]
    [InlineData("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {}}", "no \"name\"")]
    [InlineData("{\"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}", "no \"id\"")]
    [InlineData("   \n", "empty")]
    [InlineData("{\"id\": \"s\", \"schema\": \"Sanction\", \"properties\": {}}", "no list entries")]
    public void Parse_BadInput_ErrorNamesFileAndProblem(string text, string problem)
    {
        var ex = Assert.Throws<ListImportException>(() => ListFileReader.Parse("bad.list", text));
        Assert.StartsWith("bad.list: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ErrorNamesFile()
    {
        var ex = Assert.Throws<ListImportException>(() => ListFileReader.Read("/nonexistent/list.xml"));
        Assert.StartsWith("/nonexistent/list.xml: cannot be read", ex.Message, StringComparison.Ordinal);
    }
}

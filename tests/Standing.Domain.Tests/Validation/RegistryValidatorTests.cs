using Standing.Domain.Recognition;
using Standing.Domain.Validation;

namespace Standing.Domain.Tests.Validation;

public sealed class RegistryValidatorTests
{
    [Fact]
    public void Validate_SoundData_HasNoProblems()
    {
        var report = RegistryValidator.Validate(new RegistryBuilder().Recognised("AAA", "2008-02-18").Input());
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
    }

    [Fact]
    public void Validate_UnknownCode_ReportsCodeAndLocation()
    {
        var input = new RegistryBuilder().Recognised("ZZZ", "2008-02-18").Input();

        var problem = Assert.Single(RegistryValidator.Validate(input).Problems);

        Assert.Equal("unknown-code", problem.Code);
        Assert.Contains("ZZZ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(input.Recognitions[0].Location, problem.Path);
    }

    [Fact]
    public void Validate_WithdrawalBeforeRecognition_IsOutOfOrder()
    {
        var input = new RegistryBuilder().Withdrawn("AAA", "2010-01-01").Recognised("AAA", "2012-01-01").Input();

        var problems = RegistryValidator.Validate(input).Problems;

        Assert.Contains(problems, p => p.Code == "out-of-order" && p.Path == input.Recognitions[0].Location);
    }

    [Fact]
    public void Validate_RestoredWithoutWithdrawal_IsOutOfOrder()
    {
        var input = new RegistryBuilder().Recognised("AAA", "2010-01-01").Event("AAA", RecognitionEventKind.Restored, "2012-01-01").Input();

        Assert.Contains(RegistryValidator.Validate(input).Problems, p => p.Code == "out-of-order");
    }

    [Fact]
    public void Validate_RecognitionBeforeDeclaration_IsReported()
    {
        var input = new RegistryBuilder().Recognised("AAA", "2008-02-16").Input();

        var problem = Assert.Single(RegistryValidator.Validate(input).Problems);

        Assert.Equal("before-declaration", problem.Code);
    }

    [Fact]
    public void Validate_RecognitionOnDeclarationDay_IsAccepted()
    {
        Assert.True(RegistryValidator.Validate(new RegistryBuilder().Recognised("AAA", "2008-02-17").Input()).IsValid);
    }

    [Fact]
    public void Validate_DuplicateRow_ReportsTheRepeatAndTheFirst()
    {
        var input = new RegistryBuilder().Recognised("AAA", "2008-02-18").Recognised("AAA", "2008-02-18").Input();

        var problem = Assert.Single(RegistryValidator.Validate(input).Problems, p => p.Code == "duplicate-row");

        Assert.Equal(input.Recognitions[1].Location, problem.Path);
        Assert.Contains(input.Recognitions[0].Location, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverlappingMemberships_IsReported()
    {
        var input = new RegistryBuilder()
            .Member("CLUB", "AAA", "2000-01-01", "2010-01-02")
            .Member("CLUB", "AAA", "2010-01-01", null)
            .Input();

        var problem = Assert.Single(RegistryValidator.Validate(input).Problems);

        Assert.Equal("overlapping-membership", problem.Code);
    }

    [Fact]
    public void Validate_BackToBackMemberships_AreAccepted()
    {
        var input = new RegistryBuilder()
            .Member("CLUB", "AAA", "2000-01-01", "2010-01-01", Organisations.MembershipStatus.Applicant)
            .Member("CLUB", "AAA", "2010-01-01", null)
            .Input();

        Assert.True(RegistryValidator.Validate(input).IsValid);
    }

    [Fact]
    public void Validate_UnknownOrganisationAndSource_AreReported()
    {
        var input = new RegistryBuilder().Member("NOPE", "AAA", "2000-01-01", null).Input();
        input = input with
        {
            Recognitions = [new(new RecognitionEvent(new("XKX"), new("AAA"), RecognitionEventKind.Recognised, default, new("https://nowhere.example")), "r.csv:2")],
        };

        var codes = RegistryValidator.Validate(input).Problems.Select(p => p.Code).ToList();

        Assert.Contains("unknown-organisation", codes);
        Assert.Contains("unknown-source", codes);
    }

    [Fact]
    public void Validate_UnverifiedSource_IsAccepted()
    {
        var input = new RegistryBuilder().Input() with
        {
            Recognitions = [new(new RecognitionEvent(new("XKX"), new("AAA"), RecognitionEventKind.Recognised,
                Domain.Time.PartialDate.Exact(new(2009, 1, 1)), new("unverified")), "r.csv:2")],
        };

        Assert.True(RegistryValidator.Validate(input).IsValid);
    }
}

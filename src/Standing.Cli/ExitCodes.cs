namespace Standing.Cli;

/// <summary>The exit codes documented in docs/guide/cli.md.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int Usage = 2;
    public const int Environment = 3;
    public const int Internal = 4;
    public const int Cancelled = 130;
}

/// <summary>Bad input the user can fix: reported as one line on stderr with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

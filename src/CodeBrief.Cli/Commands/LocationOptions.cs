using System.CommandLine;
using CodeBrief.Dossier;

namespace CodeBrief.Cli.Commands;

/// <summary>The <c>--zip</c> and <c>--locality</c> options of the commands that price a code in one place.</summary>
internal sealed class LocationOptions
{
    private readonly Option<string?> _zip = new("--zip") { Description = "Price the code in this ZIP code's Medicare locality (five digits)" };

    private readonly Option<string?> _locality = new("--locality")
    {
        Description = "Price the code in this Medicare payment locality, CARRIER-LOCALITY (for example 01112-05)",
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_zip);
        command.Options.Add(_locality);
    }

    /// <summary>The place asked for, or null; a malformed value or both options at once is a usage error (exit 2).</summary>
    public LocationQuery? Read(ParseResult parse) => LocationQuery.Parse(parse.GetValue(_zip), parse.GetValue(_locality));
}

using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("CodeBrief.Verify.Tests")]

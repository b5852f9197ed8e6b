using CodeBrief.Cli;

return await CodeBriefApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

// Benchmarks are added per issue; each prints ratios against a baseline measured in the same run.
if (args is ["loader", ..]) return CodeBrief.Benchmarks.LoaderBenchmark.Run(args);
Console.WriteLine("usage: dotnet run -c Release --project bench/CodeBrief.Benchmarks -- <benchmark>");
return 2;

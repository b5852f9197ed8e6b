// Benchmarks are added per issue; each prints ratios against a baseline measured in the same run.
Console.WriteLine("usage: dotnet run -c Release --project bench/CodeBrief.Benchmarks -- <benchmark>");
return 2;

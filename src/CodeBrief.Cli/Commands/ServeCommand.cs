using System.CommandLine;
using CodeBrief.Warehouse;
using CodeBrief.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief serve [--urls URL]</c>: the read-only web site and JSON API over the warehouse. It never fetches, loads or
/// writes: a store without data is an error naming <c>codebrief data load</c>, and data loaded while it runs is served
/// from the next request on.
/// </summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var urls = new Option<string>("--urls")
        {
            Description = $"Address(es) to listen on, separated by ';' (default {WebHostOptions.DefaultUrls}; port 0 picks a free port)",
            DefaultValueFactory = _ => WebHostOptions.DefaultUrls,
        };
        var command = new Command("serve", "Serve the briefs as a web site with search, payer charts and a JSON API (read-only; Ctrl+C stops)") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var target = globals.ResolveTarget(parse);
            var listen = ListenUrls.Parse(parse.GetValue(urls) ?? WebHostOptions.DefaultUrls);
            string store;
            using (var probe = target.Open(WarehouseAccess.ReadOnly)) store = probe.Display; // fails here, before listening, when unusable
            var app = WebHost.Build(new WebHostOptions
            {
                OpenWarehouse = () => target.Open(WarehouseAccess.ReadOnly, pooled: true),
                Store = store,
                Urls = listen,
            });
            await using (app)
            {
                await ListenUrls.StartAsync(app, listen, ct);
                var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
                foreach (var address in addresses)
                    await output.WriteLineAsync($"codebrief: serving {store} at {address}/ (read-only; Ctrl+C stops)");
                await output.FlushAsync(ct);
                await app.WaitForShutdownAsync(ct);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}

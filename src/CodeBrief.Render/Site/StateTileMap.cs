using System.Globalization;
using System.Net;
using System.Text;
using CodeBrief.Brief.Model;

namespace CodeBrief.Render.Site;

/// <summary>
/// Draws a <see cref="BriefStateMap"/> as a tile-grid map of the United States: one square per state on a CSS grid, placed
/// by row and column classes (no map file, no inline style, so it runs under the site's Content-Security-Policy), shaded in
/// five steps from the lowest amount to the highest. The table printed after it carries every number.
/// </summary>
public static class StateTileMap
{
    /// <summary>Grid row and column (1-based) of each state and territory: the familiar tile-grid arrangement.</summary>
    public static readonly IReadOnlyDictionary<string, (int Row, int Column)> Tiles = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["AK"] = (1, 1), ["ME"] = (1, 11),
        ["VT"] = (2, 10), ["NH"] = (2, 11),
        ["WA"] = (3, 1), ["ID"] = (3, 2), ["MT"] = (3, 3), ["ND"] = (3, 4), ["MN"] = (3, 5), ["IL"] = (3, 6), ["WI"] = (3, 7), ["MI"] = (3, 8),
        ["NY"] = (3, 9), ["RI"] = (3, 10), ["MA"] = (3, 11),
        ["OR"] = (4, 1), ["NV"] = (4, 2), ["WY"] = (4, 3), ["SD"] = (4, 4), ["IA"] = (4, 5), ["IN"] = (4, 6), ["OH"] = (4, 7), ["PA"] = (4, 8),
        ["NJ"] = (4, 9), ["CT"] = (4, 10),
        ["CA"] = (5, 1), ["UT"] = (5, 2), ["CO"] = (5, 3), ["NE"] = (5, 4), ["MO"] = (5, 5), ["KY"] = (5, 6), ["WV"] = (5, 7), ["VA"] = (5, 8),
        ["MD"] = (5, 9), ["DE"] = (5, 10),
        ["AZ"] = (6, 2), ["NM"] = (6, 3), ["KS"] = (6, 4), ["AR"] = (6, 5), ["TN"] = (6, 6), ["NC"] = (6, 7), ["SC"] = (6, 8), ["DC"] = (6, 9),
        ["OK"] = (7, 4), ["LA"] = (7, 5), ["MS"] = (7, 6), ["AL"] = (7, 7), ["GA"] = (7, 8),
        ["HI"] = (8, 1), ["TX"] = (8, 4), ["FL"] = (8, 9),
        ["GU"] = (9, 1), ["MP"] = (9, 2), ["AS"] = (9, 3), ["VI"] = (9, 10), ["PR"] = (9, 11),
    };

    /// <summary>How many shades the tiles use.</summary>
    public const int Shades = 5;

    /// <summary>The map as a figure, or empty when no state of the map has a tile.</summary>
    public static string Render(BriefStateMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var states = map.States.Where(s => Tiles.ContainsKey(s.State)).ToList();
        if (states.Count == 0) return "";
        var amounts = states.Where(s => s.Low is not null).Select(s => s.Low!.Value).ToList();
        var min = amounts.Count > 0 ? amounts.Min() : 0m;
        var max = amounts.Count > 0 ? amounts.Max() : 0m;
        var sb = new StringBuilder(8192);
        sb.Append("<figure class=\"state-map\">\n<figcaption>").Append(E(map.Caption)).Append(". Darker tiles are higher; the table after the map lists every state.");
        if (amounts.Count > 0)
            sb.Append(" Lightest ").Append(E(new Core.Money(min).ToString())).Append(", darkest ").Append(E(new Core.Money(max).ToString())).Append('.');
        sb.Append("</figcaption>\n<div class=\"tile-map\" role=\"img\" aria-label=\"").Append(E(map.Caption + ", tile map of the states; the table after it gives the same figures"))
          .Append("\">\n");
        foreach (var s in states)
        {
            var (row, column) = Tiles[s.State];
            var shade = s.Low is { } low ? Shade(low, min, max) : -1;
            sb.Append("<div class=\"tile r").Append(row.ToString(CultureInfo.InvariantCulture)).Append(" c").Append(column.ToString(CultureInfo.InvariantCulture))
              .Append(shade < 0 ? " none" : " q" + shade.ToString(CultureInfo.InvariantCulture)).Append("\" title=\"")
              .Append(E($"{s.State}: {s.Text}")).Append("\" data-state=\"").Append(E(s.State)).Append("\"><b>").Append(E(s.State)).Append("</b>");
            if (s.Low is { } l) sb.Append("<span class=\"amt\">").Append(E(new Core.Money(l).ToString())).Append("</span>");
            sb.Append("</div>\n");
        }
        sb.Append("</div>\n</figure>\n");
        return sb.ToString();
    }

    /// <summary>The shade (0 lightest to <see cref="Shades"/> - 1 darkest) of <paramref name="value"/> between min and max.</summary>
    public static int Shade(decimal value, decimal min, decimal max) =>
        max <= min ? 0 : (int)Math.Min(Shades - 1, Math.Floor((value - min) / (max - min) * Shades));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

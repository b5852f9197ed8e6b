namespace CodeBrief.Render.Site;

/// <summary>
/// The site's static files, kept in code so the server and the exporter ship the same bytes. Served under <c>assets/</c>.
/// The pages load nothing else: no fonts, no CDN, no inline script.
/// </summary>
public static class SiteAssets
{
    /// <summary>File name of the style sheet.</summary>
    public const string CssFile = "site.css";

    /// <summary>File name of the client-side search script (static site only; the server searches on the server).</summary>
    public const string SearchScriptFile = "search.js";

    /// <summary>File name of the search index as a script (assigns <c>window.CODEBRIEF_INDEX</c>), which also works from <c>file://</c> where <c>fetch</c> is blocked.</summary>
    public const string SearchIndexScriptFile = "search-index.js";

    /// <summary>File name of the search index as JSON, for other tools.</summary>
    public const string SearchIndexJsonFile = "search-index.json";

    /// <summary>The style sheet.</summary>
    public const string Css = """
        :root { --ink: #101828; --muted: #475467; --line: #d0d5dd; --accent: #1d4ed8; --bg: #ffffff; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--accent); }
        .site-header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--ink); }
        .search { display: flex; gap: .5rem; align-items: center; flex: 1 1 24rem; }
        .search label { position: absolute; left: -10000px; }
        .search input { flex: 1; padding: .4rem .6rem; font-size: 1rem; border: 1px solid var(--line); border-radius: 4px; }
        .search button { padding: .4rem .9rem; font-size: 1rem; }
        nav a { margin-right: .75rem; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        table { border-collapse: collapse; margin: .75rem 0 1.5rem; font-size: .9rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
        thead th { background: #f2f4f7; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        .rate-figure { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .rate-chart { max-width: 100%; height: auto; }
        .results li { margin: .35rem 0; }
        .results .code { font-family: ui-monospace, monospace; font-weight: 600; margin-right: .5rem; }
        .muted, .source { color: var(--muted); font-size: .875rem; }
        .related-codes { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; }
        .site-footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: .8rem; }
        @media print { .site-header, .site-footer { display: none; } }
        """;

    /// <summary>
    /// Client-side search for the static site: filters <c>window.CODEBRIEF_INDEX</c> (rows of [code, descriptor, source])
    /// by code prefix or by all words of the query, at most 50 results, and writes them with text nodes only.
    /// </summary>
    public const string SearchScript = """
        (function () {
          'use strict';
          var MAX = 50;
          function norm(s) { return (s || '').toLowerCase(); }
          function search(index, q) {
            var query = norm(q).trim();
            if (!query) return [];
            var words = query.split(/\s+/);
            var code = query.toUpperCase();
            var out = [];
            for (var i = 0; i < index.length && out.length < MAX; i++) {
              var row = index[i];
              if (row[0].indexOf(code) === 0) { out.push(row); continue; }
              var text = norm(row[1] + ' ' + (row[3] || ''));
              var all = true;
              for (var w = 0; w < words.length; w++) { if (text.indexOf(words[w]) < 0) { all = false; break; } }
              if (all) out.push(row);
            }
            return out;
          }
          function show(results, q, target, root) {
            while (target.firstChild) target.removeChild(target.firstChild);
            var heading = document.createElement('h1');
            heading.textContent = results.length + (results.length === 1 ? ' code' : ' codes') + ' for "' + q + '"';
            target.appendChild(heading);
            var list = document.createElement('ul');
            list.className = 'results';
            results.forEach(function (row) {
              var li = document.createElement('li');
              var a = document.createElement('a');
              a.href = root + 'codes/' + encodeURIComponent(row[0]) + '.html';
              a.className = 'code';
              a.textContent = row[0];
              li.appendChild(a);
              li.appendChild(document.createTextNode(row[1]));
              var src = document.createElement('span');
              src.className = 'source';
              src.textContent = ' (' + row[2] + ')';
              li.appendChild(src);
              list.appendChild(li);
            });
            target.appendChild(list);
          }
          document.addEventListener('DOMContentLoaded', function () {
            var target = document.getElementById('results');
            if (!target) return;
            var q = new URLSearchParams(window.location.search).get('q') || '';
            var box = document.getElementById('q');
            if (box) box.value = q;
            var index = window.CODEBRIEF_INDEX || [];
            show(search(index, q), q, target, target.getAttribute('data-root') || '');
          });
        })();
        """;
}

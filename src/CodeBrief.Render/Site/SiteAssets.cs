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

    /// <summary>File name of the search-as-you-type script (every page: the server's <c>api/search</c>, or the static site's index).</summary>
    public const string SuggestScriptFile = "suggest.js";

    /// <summary>File name of the search index as a script (assigns <c>window.CODEBRIEF_INDEX</c>), which also works from <c>file://</c> where <c>fetch</c> is blocked.</summary>
    public const string SearchIndexScriptFile = "search-index.js";

    /// <summary>File name of the search index as JSON, for other tools.</summary>
    public const string SearchIndexJsonFile = "search-index.json";

    /// <summary>The style sheet.</summary>
    public const string Css = """
        :root { --ink: #101828; --muted: #475467; --line: #d0d5dd; --accent: #1d4ed8; --bg: #ffffff; --panel: #f5f8ff; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); overflow-wrap: break-word; }
        a { color: var(--accent); }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 .25rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); margin-top: 2rem; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        code { overflow-wrap: anywhere; }
        .site-header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--ink); }
        .search { display: flex; gap: .5rem; align-items: center; flex: 1 1 16rem; min-width: 0; }
        .search label, .visually-hidden { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
        .search input { flex: 1; min-width: 0; padding: .4rem .6rem; font-size: 1rem; border: 1px solid #667085; border-radius: 4px; }
        .search button { padding: .4rem .9rem; font-size: 1rem; }
        nav a { margin-right: .75rem; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
        body.standalone main { max-width: 64rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; width: 100%; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f2f4f7; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; }
        .table-wrap table { margin: 0; }
        .table-wrap:focus-visible { outline: 2px solid var(--accent); }
        td a[href^="#src-"], p a[href^="#src-"], li a[href^="#src-"], h1 a[href^="#src-"] { font-size: .72em; vertical-align: super; line-height: 0; text-decoration: none; color: #344054; white-space: nowrap; }
        a[href^="#src-"]:hover, a[href^="#src-"]:focus { text-decoration: underline; color: var(--accent); }
        ol.citations { font-size: .85rem; color: #344054; padding-left: 2.2rem; }
        ol.citations li:target { background: #fff4c2; }
        .brief-header .sub { color: var(--muted); font-size: .9rem; margin-top: .25rem; }
        .expansion { margin: .25rem 0; }
        .expansion .label, .badge { display: inline-block; font-size: .75rem; font-weight: 600; border: 1px solid #344054; border-radius: 3px; padding: 0 .35rem; margin-right: .3rem; color: #344054; }
        .muted, .source { color: var(--muted); font-size: .875rem; }
        #key-facts { background: var(--panel); border: 1px solid #b2ccff; border-radius: 6px; padding: .25rem 1rem .5rem; margin-top: 1rem; }
        #key-facts h2 { border: 0; margin-top: .5rem; }
        #key-facts table { background: var(--bg); }
        #key-facts td:first-child { font-weight: 600; width: 12rem; }
        .payer-cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1rem; }
        .payer-card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 0; }
        .payer-card h3 { margin-top: .25rem; }
        .rate-figure { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
        .rate-figure figure { margin: 0; flex: 1 1 24rem; min-width: 0; }
        .rate-figure .table-wrap { flex: 1 1 20rem; min-width: 0; }
        .rate-chart { max-width: 100%; height: auto; }
        .state-map { margin: .5rem 0; max-width: 40rem; }
        .state-map figcaption { font-size: .9rem; margin-bottom: .4rem; }
        .tile-map { display: grid; grid-template-columns: repeat(11, minmax(0, 1fr)); gap: 3px; }
        .tile { aspect-ratio: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; border-radius: 3px; font-size: .72rem; line-height: 1.1; min-width: 0; overflow: hidden; }
        .tile .amt { font-size: .62rem; }
        .tile.none { background: #f2f4f7; color: #344054; }
        .tile.q0 { background: #eaf1ff; color: #101828; } .tile.q1 { background: #c7dcff; color: #101828; } .tile.q2 { background: #93b8f9; color: #101828; }
        .tile.q3 { background: #2f5fc4; color: #ffffff; } .tile.q4 { background: #0b2e7a; color: #ffffff; }
        .r1 { grid-row: 1; } .r2 { grid-row: 2; } .r3 { grid-row: 3; } .r4 { grid-row: 4; } .r5 { grid-row: 5; } .r6 { grid-row: 6; } .r7 { grid-row: 7; } .r8 { grid-row: 8; } .r9 { grid-row: 9; }
        .c1 { grid-column: 1; } .c2 { grid-column: 2; } .c3 { grid-column: 3; } .c4 { grid-column: 4; } .c5 { grid-column: 5; } .c6 { grid-column: 6; }
        .c7 { grid-column: 7; } .c8 { grid-column: 8; } .c9 { grid-column: 9; } .c10 { grid-column: 10; } .c11 { grid-column: 11; }
        .state-table { max-height: 24rem; overflow-y: auto; }
        .results { padding-left: 1.2rem; }
        .results li { margin: .35rem 0; }
        .results .code, .code-grid .code { font-family: ui-monospace, monospace; font-weight: 600; margin-right: .5rem; }
        .code-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: .25rem 1rem; padding: 0; list-style: none; }
        .families { columns: 18rem; padding-left: 1.2rem; }
        .compare-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1rem; }
        .compare-grid article { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 0; }
        .related-codes { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; }
        .search { position: relative; }
        .suggestions { position: absolute; top: 100%; left: 0; right: 0; z-index: 10; background: var(--bg); border: 1px solid #667085; border-radius: 4px; list-style: none; margin: .2rem 0 0; padding: 0; max-height: 22rem; overflow-y: auto; box-shadow: 0 4px 12px rgba(16, 24, 40, .15); }
        .suggestions a { display: block; padding: .35rem .6rem; text-decoration: none; color: var(--ink); }
        .suggestions a:hover, .suggestions a:focus { background: #eef4ff; }
        .suggestions .code { font-family: ui-monospace, monospace; font-weight: 600; margin-right: .5rem; color: var(--accent); }
        .site-footer { border-top: 1px solid var(--line); padding: 1rem; color: var(--muted); font-size: .8rem; }
        ol.citations li { overflow-wrap: anywhere; }
        @media (max-width: 40rem) {
          .tile .amt { display: none; } h1 { font-size: 1.35rem; }
          #key-facts thead { position: absolute; left: -10000px; }
          #key-facts table, #key-facts tbody, #key-facts tr, #key-facts td { display: block; width: auto; }
          #key-facts tr { border: 1px solid var(--line); border-bottom: 0; } #key-facts tr:last-child { border-bottom: 1px solid var(--line); }
          #key-facts td { border: 0; } #key-facts td:first-child { width: auto; padding-bottom: 0; }
        }
        @media print {
          .site-header, .site-footer, .related-codes, nav { display: none; }
          body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; } tr, .tile-map, .payer-card, figure { break-inside: avoid; }
          .table-wrap, .state-table { overflow: visible; max-height: none; }
          #key-facts { border-color: #999; background: none; }
          .tile.q3, .tile.q4 { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """;

    /// <summary>
    /// Search as you type: under the search box, up to ten codes whose code starts with, or whose descriptor holds every word
    /// of, what is typed. Uses <c>window.CODEBRIEF_INDEX</c> when the page loaded it (static site), else the server's
    /// <c>api/search</c>; a static page without the index shows nothing. Writes text nodes only.
    /// </summary>
    public const string SuggestScript = """
        (function () {
          'use strict';
          var MAX = 10;
          function local(index, q) {
            var words = q.toLowerCase().split(/\s+/), code = q.toUpperCase(), out = [];
            for (var i = 0; i < index.length && out.length < MAX; i++) {
              var row = index[i];
              if (row[0].indexOf(code) === 0) { out.push([row[0], row[1]]); continue; }
              var text = (row[1] + ' ' + (row[3] || '')).toLowerCase(), all = true;
              for (var w = 0; w < words.length; w++) { if (text.indexOf(words[w]) < 0) { all = false; break; } }
              if (all) out.push([row[0], row[1]]);
            }
            return out;
          }
          document.addEventListener('DOMContentLoaded', function () {
            var box = document.getElementById('q');
            if (!box || !box.form) return;
            var root = document.body.getAttribute('data-root') || '';
            var served = document.body.getAttribute('data-links') === 'served';
            if (!served && !window.CODEBRIEF_INDEX) return;
            var list = document.createElement('ul');
            list.id = 'suggestions';
            list.className = 'suggestions';
            list.setAttribute('aria-label', 'Matching codes');
            list.hidden = true;
            box.setAttribute('autocomplete', 'off');
            box.setAttribute('aria-controls', 'suggestions');
            box.form.appendChild(list);
            var timer = null, seq = 0;
            function show(rows) {
              while (list.firstChild) list.removeChild(list.firstChild);
              rows.forEach(function (row) {
                var li = document.createElement('li'), a = document.createElement('a'), c = document.createElement('span');
                a.href = root + 'codes/' + encodeURIComponent(row[0]) + (served ? '' : '.html');
                c.className = 'code';
                c.textContent = row[0];
                a.appendChild(c);
                a.appendChild(document.createTextNode(row[1]));
                li.appendChild(a);
                list.appendChild(li);
              });
              list.hidden = rows.length === 0;
            }
            function run() {
              var q = box.value.trim(), mine = ++seq;
              if (q.length < 2) { show([]); return; }
              if (window.CODEBRIEF_INDEX) { show(local(window.CODEBRIEF_INDEX, q)); return; }
              fetch(root + 'api/search?q=' + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (d) {
                if (mine === seq) show((d.codes || []).slice(0, MAX).map(function (c) { return [c.code, c.descriptor]; }));
              }).catch(function () { show([]); });
            }
            box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
            box.addEventListener('keydown', function (e) { if (e.key === 'Escape') show([]); });
          });
        })();
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

/** The page's inline style and script: the page must work offline, from a file, with no request. */

export const CSS = `
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{padding:14px 24px;background:#20232a;color:#fff}
header h1{font-size:18px;margin:0}
header p{margin:4px 0 0;color:#c9ccd3;font-size:13px}
main{padding:16px 24px}
.articles{display:grid;grid-template-columns:repeat(var(--n,2),minmax(320px,1fr));gap:16px;overflow-x:auto}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;white-space:pre-wrap;overflow-wrap:anywhere}
article h2{white-space:normal;font-size:14px;margin:0 0 8px;color:#555}
.claim.paired{background:hsl(var(--h) 85% 88%);border-bottom:2px solid hsl(var(--h) 60% 45%);cursor:pointer}
.claim.paired.active{background:hsl(var(--h) 90% 72%)}
.claim.only{border-bottom:1px dashed #999}
.quote{font-style:italic}
.speaker{font-weight:600;color:#0b4f8a}
.cue{text-decoration:underline dotted #0b4f8a}
.framing{background:#ffd7d2;color:#8a1a0b;border-radius:3px;font-weight:600}
.label{user-select:none;white-space:normal}
.pair-no{display:inline-block;min-width:1.4em;text-align:center;font-size:11px;font-weight:700;color:#fff;background:#333;border-radius:8px;margin-right:3px;cursor:pointer}
.who{font-size:11px;background:#e6eef7;color:#0b4f8a;border-radius:3px;padding:0 4px;margin-right:3px}
section{margin-top:18px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px}
section h2{font-size:15px;margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:13px}
td,th{border-top:1px solid #eee;padding:5px 6px;text-align:left;vertical-align:top}
tr.pair-row{cursor:pointer}
tr.pair-row.active{background:#fff6cc}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;background:hsl(var(--h) 70% 60%);margin-right:4px}
.sets{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;font-size:13px}
.sets h3{font-size:13px;margin:6px 0 2px}
.legend span{margin-right:12px}
.omits{color:#999;font-style:italic}
td.why{color:#555;font-size:12px}
td.tick{text-align:center;color:#1a7f37;font-weight:700}
table.coverage td,table.coverage th{padding:2px 6px}
table.coverage th:not(:first-child),table.coverage td.tick{width:2.4em;text-align:center}
#drift mark{background:#fff0b3;border-radius:3px;padding:0 2px}
`;

/** Clicking a claim, its number or its row lights the statement in every article and brings each into view. */
export const JS = `
document.addEventListener('click', function (e) {
  var el = e.target.closest('[data-pair]');
  if (!el) return;
  var n = el.getAttribute('data-pair');
  document.querySelectorAll('.active').forEach(function (x) { x.classList.remove('active'); });
  document.querySelectorAll('[data-pair="' + n + '"]').forEach(function (x) { x.classList.add('active'); });
  document.querySelectorAll('article').forEach(function (a) {
    var first = a.querySelector('.claim[data-pair="' + n + '"]');
    if (first && first !== el) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
});
`;

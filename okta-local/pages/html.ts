/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d21;background:#f4f5f7}
header{background:#fff;border-bottom:1px solid #dcdde1;padding:.75rem 1.5rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline}
header strong{font-size:1.05rem}
header a{color:#1662dd;text-decoration:none}
header .sign-out{margin-left:auto}
header .sign-out button{margin:0;padding:.3rem .8rem}
main{max-width:64rem;margin:2rem auto;padding:0 1.5rem}
.card{background:#fff;border:1px solid #dcdde1;border-radius:8px;padding:2rem;max-width:24rem;margin:3rem auto}
.card.wide{max-width:none;margin:0 0 1.5rem}
h1{font-size:1.4rem;margin:0 0 1.25rem}
h2{font-size:1.1rem;margin:1.5rem 0 .75rem}
label{display:block;font-weight:600;margin:1rem 0 .35rem}
input[type=text],input[type=password],select,textarea{width:100%;padding:.55rem .65rem;border:1px solid #8c8c96;border-radius:4px;font:inherit}
textarea{font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;min-height:28rem}
input:focus,select:focus,textarea:focus,button:focus{outline:2px solid #1662dd;outline-offset:1px}
button{margin-top:1.5rem;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#1662dd;color:#fff;font:inherit;font-weight:600;cursor:pointer}
.card>form>button{width:100%}
button:hover{background:#0f4fb6}
.error{background:#fdecea;border:1px solid #d93934;color:#8a1f1b;border-radius:4px;padding:.6rem .75rem;margin-bottom:1rem}
.ok{background:#e8f5ec;border:1px solid #2f8f4e;color:#1c5a31;border-radius:4px;padding:.6rem .75rem}
.muted{color:#5c5c66;font-size:.9rem}
fieldset{border:0;padding:0;margin:1rem 0 0}
fieldset label{display:inline-block;font-weight:400;margin:0 1rem 0 0}
legend{font-weight:600;margin-bottom:.35rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border-bottom:1px solid #dcdde1;padding:.5rem .6rem;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f5f7;border-radius:4px;padding:.75rem;font-size:13px;margin:0}
a:focus-visible,summary:focus-visible{outline:2px solid #1662dd;outline-offset:2px;border-radius:2px}
table.log{table-layout:fixed}
table.log th:nth-child(1){width:7rem}
table.log th:nth-child(2){width:9rem}
table.log th:nth-child(3){width:6.5rem}
table.log th:nth-child(4){width:9rem}
table.log th:nth-child(5){width:8rem}
table.log th:nth-child(6){width:5rem}
table.log td{overflow-wrap:anywhere}
@media (max-width:60rem){
main{padding:0 1rem;margin:1.25rem auto}
header{padding:.75rem 1rem}
.card{padding:1.25rem;margin:1.5rem auto}
table.log,table.log tbody,table.log tr,table.log td{display:block;width:auto}
table.log thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.log tr{border:1px solid #dcdde1;border-radius:6px;margin-bottom:.75rem;padding:.25rem 0}
table.log td{border:0;padding:.3rem .75rem}
table.log td[data-label]::before{content:attr(data-label);display:block;font-size:.75rem;font-weight:600;color:#5c5c66}
textarea{min-height:16rem}
}
@media (prefers-color-scheme:dark){
:root{color-scheme:dark}
body{color:#e8e8ec;background:#16171b}
header,.card,table{background:#1f2026;border-color:#3a3b44}
th,td{border-color:#3a3b44}
header a,a{color:#8fb4ff}
pre{background:#16171b}
.muted{color:#a9a9b3}
table.log td[data-label]::before{color:#a9a9b3}
input[type=text],input[type=password],select,textarea{background:#16171b;color:#e8e8ec;border-color:#6b6b75}
.error{background:#3b1514;color:#ffc9c6}
.ok{background:#10301c;color:#b7efc9}
}
`;

const NAV = `<a href="/logs">System Log</a><a href="/preview">Token hook preview</a>
<form method="post" action="/admin/sign-out" class="sign-out"><button type="submit">Sign out</button></form>`;

/** A full page with the local Okta's header. `body` must already be escaped HTML. */
export function renderPage({ title, body, nav = true }: { title: string; body: string; nav?: boolean }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Local Okta</title>
<style>${STYLES}</style>
</head>
<body>
<header><strong>Local Okta</strong>${nav ? NAV : ""}</header>
<main>
${body}
</main>
</body>
</html>`;
}

// The page's one small stylesheet, served from the Worker at /page.css (the CSP allows styles from 'self' only).
export const PAGE_CSS = `*{box-sizing:border-box}
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f4f0}
header,main,footer{max-width:40rem;margin:0 auto;padding:.75rem}
header{background:#fff;border-bottom:1px solid #e3ded6}
h1{font-size:1.35rem;margin:.25rem 0 .5rem}
h2{font-size:1.1rem;margin:0 0 .2rem}
.count{font-size:.9rem;color:#6b6357;font-weight:400}
.search{display:flex;gap:.4rem}
.search input{flex:1;min-width:0;font-size:1rem;padding:.55rem;border:1px solid #bdb5a8;border-radius:.5rem}
button,.text-link{font:inherit;font-size:.95rem;padding:.5rem .8rem;border-radius:.5rem;border:1px solid #bdb5a8;background:#fff;color:#1d1d1f;cursor:pointer;text-decoration:none;display:inline-block}
.text-link{background:#1f6f4a;border-color:#1f6f4a;color:#fff;font-weight:600;margin-top:.4rem}
.danger{background:#a4262c;border-color:#a4262c;color:#fff}
.flash{background:#e6f4ea;border:1px solid #9fd3ae;border-radius:.5rem;padding:.6rem}
.confirm{background:#fdecea;border:1px solid #e8a39e;border-radius:.5rem;padding:.6rem;margin:.5rem 0}
.coming{background:#fff;border-radius:.6rem;padding:.5rem .75rem;margin:.5rem 0}
.coming ol{list-style:none;padding:0;margin:0;display:flex;gap:.4rem;overflow-x:auto}
.coming li a{display:block;white-space:nowrap;background:#f1ede6;border-radius:.4rem;padding:.3rem .5rem;color:inherit;text-decoration:none;font-size:.9rem}
.person{background:#fff;border-radius:.6rem;padding:.75rem;margin:.6rem 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.muted-person{opacity:.7}
.meta,.muted{color:#6b6357;margin:.1rem 0;font-size:.92rem}
.standing{display:inline-block;background:#eef3fb;color:#234a86;border-radius:1rem;padding:.1rem .6rem;font-size:.85rem;margin:.2rem 0}
.details{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0;margin:.4rem 0}
.details li{background:#f1ede6;border-radius:1rem;padding:.1rem .55rem;font-size:.88rem}
.reach{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:.4rem 0;font-size:.92rem}
.reach dt{color:#6b6357}.reach dd{margin:0;overflow-wrap:anywhere}
.next{border-top:1px solid #eee;margin-top:.5rem;padding-top:.5rem}
.next p{margin:.1rem 0}.kind{color:#6b6357;font-size:.85rem}
.draft{margin:.3rem 0;padding:.5rem .7rem;background:#f7faf8;border-left:3px solid #1f6f4a;border-radius:.3rem}
.actions{display:flex;flex-wrap:wrap;gap:.35rem;margin-top:.6rem}
.actions form{margin:0}
.fix{margin-top:.5rem;font-size:.92rem}
.fix form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-top:.4rem}
.fix input{font-size:1rem;padding:.45rem;border:1px solid #bdb5a8;border-radius:.5rem;flex:1;min-width:8rem}
.hide{position:absolute;left:-9999px}
.others{background:#fff;border-radius:.6rem;padding:.5rem .75rem;margin:.6rem 0}
.others ul{list-style:none;padding:0;margin:0}.others li{padding:.35rem 0;border-top:1px solid #f0ece5}
footer{color:#6b6357;font-size:.85rem}
`;

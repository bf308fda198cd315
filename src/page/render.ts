// The page's HTML, server-rendered with Hono's html helper (every value escaped): no script, forms that post back to
// the same link with the page's CSRF token, readable at 360 px. Pure: a PageView in, a string out.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { CARDS_PER_PAGE, type ComingUp, type PageEntry, type PageView } from './view';

export interface PageChrome {
  /** the path of this page, /p/<token> */
  path: string;
  csrf: string;
  /** what the last action changed, as Kindling would have replied by text */
  flash: string | null;
  /** a person whose FORGET waits for a confirmation on the page */
  confirmForget: number | null;
}

type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

const PAGE_HEAD = html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/page.css">`;

/** The whole page. */
export async function renderPage(view: PageView, chrome: PageChrome): Promise<string> {
  const confirming = chrome.confirmForget === null ? null : (view.entries.find((entry) => entry.id === chrome.confirmForget) ?? null);
  const found = view.query
    ? html`<p class="muted">${view.entries.length} of ${view.total} match "${view.query}". <a href="${chrome.path}">Show everyone</a></p>`
    : '';
  const page = html`<!doctype html>
<html lang="en">
<head>
${PAGE_HEAD}
<title>Your people - Kindling</title>
</head>
<body>
<header>
<h1>Your people <span class="count">${view.total}</span></h1>
<form method="get" action="${chrome.path}" class="search" role="search">
<label for="q" class="hide">Search by name or word</label>
<input id="q" name="q" type="search" value="${view.query}" placeholder="A name or a word: bbq, pottery" maxlength="60">
<button type="submit">Search</button>
</form>
</header>
<main>
${chrome.flash ? html`<p class="flash" role="status">${chrome.flash}</p>` : ''}
${confirming ? confirmBox(confirming, chrome) : ''}
${comingUpStrip(view.comingUp)}
${found}
${view.entries.length === 0 ? html`<p class="muted">${view.total === 0 ? 'No one saved yet. Text Kindling a note after you meet someone.' : 'No one matches that.'}</p>` : ''}
${view.entries.slice(0, CARDS_PER_PAGE).map((entry) => personCard(entry, chrome))}
${view.entries.length > CARDS_PER_PAGE ? everyoneElse(view.entries.slice(CARDS_PER_PAGE), chrome) : ''}
</main>
<footer><p>This link is private to you and works for 7 days. Text PAGE OFF to turn it off.</p></footer>
</body>
</html>
`;
  return (await page).toString();
}

function comingUpStrip(items: ComingUp[]): Fragment | string {
  if (items.length === 0) return '';
  return html`<section class="coming" aria-label="Coming up">
<h2>Coming up</h2>
<ol>${items.slice(0, 12).map((item) => html`<li><a href="#p${item.personId}"><b>${item.day}</b> ${item.what}</a></li>`)}</ol>
</section>`;
}

function personCard(entry: PageEntry, chrome: PageChrome): Fragment {
  const met = entry.met ? `Met at ${entry.met}, ${entry.metDay}` : `Saved ${entry.metDay}`;
  return html`<article id="p${entry.id}" class="${entry.muted ? 'person muted-person' : 'person'}">
<h2>${entry.name}</h2>
<p class="meta">${met}</p>
<p class="standing">${entry.standing}</p>
${entry.details.length ? html`<ul class="details">${entry.details.map((detail) => html`<li>${detail}</li>`)}</ul>` : ''}
${entry.reach.length ? html`<dl class="reach">${entry.reach.map((reach) => html`<dt>${reach.label}</dt><dd>${reach.value}</dd>`)}</dl>` : html`<p class="muted">No way to reach them saved yet.</p>`}
${entry.notes.length ? html`<details class="notes"><summary>Notes</summary><ul>${entry.notes.map((note) => html`<li>${note}</li>`)}</ul></details>` : ''}
${entry.next ? nextBlock(entry, chrome) : ''}
${actionsForm(entry, chrome)}
<details class="fix"><summary>Fix the name or details</summary>
<form method="post" action="${chrome.path}">
<input type="hidden" name="csrf" value="${chrome.csrf}">
<input type="hidden" name="person" value="${entry.id}">
<input type="hidden" name="action" value="rename">
<label for="name${entry.id}">Name</label>
<input id="name${entry.id}" name="to" value="${entry.name}" maxlength="60" required>
<button type="submit">Save name</button>
</form>
<form method="post" action="${chrome.path}">
<input type="hidden" name="csrf" value="${chrome.csrf}">
<input type="hidden" name="person" value="${entry.id}">
<input type="hidden" name="action" value="details">
<label for="details${entry.id}">Details, comma separated</label>
<input id="details${entry.id}" name="details" value="${entry.details.join(', ')}" maxlength="600">
<button type="submit">Save details</button>
</form>
</details>
</article>`;
}

/** Past the first cards: one line per person, linking to their card through the search. */
function everyoneElse(entries: PageEntry[], chrome: PageChrome): Fragment {
  return html`<section class="others" aria-label="Everyone else">
<h2>Everyone else <span class="count">${entries.length}</span></h2>
<ul>${entries.map(
    (entry) =>
      html`<li><a href="${chrome.path}?q=${encodeURIComponent(entry.name)}#p${entry.id}">${entry.name}</a> ${entry.met ? html`<span class="muted">${entry.met}</span>` : ''}${entry.next ? html` <span class="muted">next ${entry.next.day}</span>` : ''}</li>`,
  )}</ul>
</section>`;
}

function nextBlock(entry: PageEntry, chrome: PageChrome): Fragment {
  const next = entry.next;
  if (!next) return html``;
  return html`<div class="next">
<p><b>Next: ${next.day}</b> <span class="kind">${next.kind.replace(/-/g, ' ')}</span></p>
${next.draft ? html`<blockquote class="draft">${next.draft}</blockquote>` : next.text ? html`<p class="coach">${next.text}</p>` : html`<p><a href="${chrome.path}?q=${encodeURIComponent(entry.name)}#p${entry.id}">See the draft</a></p>`}
${entry.textLink ? html`<a class="text-link" href="${entry.textLink}">Text ${entry.name}</a>` : ''}
</div>`;
}

/** Done, Snooze a week, Mute, Forget: one form, one button each. */
function actionsForm(entry: PageEntry, chrome: PageChrome): Fragment {
  return html`<form method="post" action="${chrome.path}" class="actions">
<input type="hidden" name="csrf" value="${chrome.csrf}">
<input type="hidden" name="person" value="${entry.id}">
<button type="submit" name="action" value="done">Done</button>
<button type="submit" name="action" value="snooze">Snooze a week</button>
${entry.muted ? '' : html`<button type="submit" name="action" value="mute">Mute</button>`}
<button type="submit" name="action" value="forget">Forget</button>
</form>`;
}

/** FORGET asks first, as it does by text. */
function confirmBox(entry: PageEntry, chrome: PageChrome): Fragment {
  return html`<section class="confirm" role="alertdialog" aria-label="Forget ${entry.name}?">
<p>Erase ${entry.name} and everything noted about them? Text UNDO right after to bring them back.</p>
<form method="post" action="${chrome.path}">
<input type="hidden" name="csrf" value="${chrome.csrf}">
<input type="hidden" name="person" value="${entry.id}">
<input type="hidden" name="confirm" value="yes">
<button type="submit" name="action" value="forget" class="danger">Yes, forget ${entry.name}</button>
</form>
<a href="${chrome.path}#p${entry.id}">No, keep them</a>
</section>`;
}

/** The page for a link that is wrong, expired or revoked: no data, only how to get a new one. */
export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/page.css">
<title>Link not found - Kindling</title>
</head>
<body>
<main>
<h1>This link does not work</h1>
<p>It may have expired or been turned off. Text PAGE to Kindling to get a new link.</p>
</main>
</body>
</html>
`;

/** Too many requests on one link in a minute. */
export const SLOW_DOWN_PAGE = NOT_FOUND_PAGE.replace('Link not found', 'Slow down')
  .replace('This link does not work', 'One moment')
  .replace('It may have expired or been turned off. Text PAGE to Kindling to get a new link.', 'Too many requests on this link. Try again in a minute.');

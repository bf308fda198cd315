// The simulator's page support: page requests forwarded to the Worker at the simulated time, and wall-clock times read
// in a zone (for setting the clock to an exact day and time). Plain Node; never imported by src/.

/**
 * "2026-03-07T09:15" as read on a clock in `zone`, in epoch ms; NaN when it is not a date and time.
 * zonedInstant('2026-03-07T09:15', 'America/New_York') // Date.UTC(2026, 2, 7, 14, 15)
 */
export function zonedInstant(local, zone) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(instant)
        .map((part) => [part.type, part.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - instant;
  };
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return instant;
}

/** Forwards a page request to the Worker with the simulated clock's header; answers as the Worker does. */
export async function proxyPage(req, res, url, { workerUrl, now }) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = { 'x-kindling-simulated-now': String(Math.round(now())) };
  for (const name of ['content-type', 'user-agent', 'accept']) if (req.headers[name]) headers[name] = String(req.headers[name]);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const response = await fetch(`${workerUrl}${url.pathname}${url.search}`, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    redirect: 'manual',
  });
  const answer = Object.fromEntries([...response.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)));
  res.writeHead(response.status, answer);
  res.end(Buffer.from(await response.arrayBuffer()));
}

// Test-server middleware: `/__generated__/acled.csv?rows=N&chunks=K&delay=MS` answers an ACLED
// export of N generated rows, sent in K pieces `delay` ms apart with its Content-Length, so that
// a test can watch a load take time (the progress indicator, `ct-progress`) without a file of
// megabytes in the repository. One row of every hundred has a note with markup in it.
import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';

const PATH = '/__generated__/acled.csv';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

/** Row `n` (from 0): a day in 2017–2019, a battle or an air strike in Iraq. */
function row(n) {
  const day = new Date(Date.UTC(2017, 0, 1 + (n % 1000)));
  const date = day.toISOString().slice(0, 10);
  const strike = n % 2 === 1;
  const note = n % 100 === 7 ? '"Witness: <img src=x onerror=alert(1)> <b>bold</b>"' : `Generated event ${n}.`;
  return [
    `GEN${n}`,
    date,
    date.slice(0, 4),
    '1',
    'Political violence',
    strike ? 'Explosions/Remote violence' : 'Battles',
    strike ? 'Air/drone strike' : 'Armed clash',
    'Military Forces of Iraq (2014-)',
    '',
    'State forces',
    'Islamic State (Iraq)',
    '',
    'Rebel group',
    '',
    '',
    '368',
    'Middle East',
    'Iraq',
    'Ninewa',
    'Mosul',
    '',
    'Mosul',
    '36.3350',
    '43.1189',
    '1',
    'Rudaw',
    'National',
    note,
    String(n % 5),
    '',
    '1700000000',
  ].join(',');
}

function csvOf(rows) {
  const lines = [HEADER];
  for (let n = 0; n < rows; n++) lines.push(row(n));
  return `${lines.join('\n')}\n`;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function generatedCsvMiddleware(context, next) {
  if (context.path !== PATH) return next();
  const number = (name, fallback, max) => Math.min(max, Math.max(0, Number(context.query[name] ?? fallback) || 0));
  const bytes = Buffer.from(csvOf(number('rows', 100, 100_000)), 'utf8');
  const chunks = Math.max(1, number('chunks', 1, 1000));
  const delay = number('delay', 0, 5000);
  const size = Math.ceil(bytes.length / chunks);
  context.set('Content-Type', 'text/csv; charset=utf-8');
  context.set('Cache-Control', 'no-store');
  context.set('Content-Length', String(bytes.length));
  context.status = 200;
  context.body = Readable.from(
    (async function* pieces() {
      for (let start = 0; start < bytes.length; start += size) {
        if (start > 0 && delay) await wait(delay);
        yield bytes.subarray(start, start + size);
      }
    })(),
  );
}

// Synthetic ACLED-shaped CSV files for the query-server benchmark: the 31 columns of an ACLED
// export, ACLED's event and sub-event types in rough real proportions, the three time
// precisions (85 % day, 10 % week, 5 % month), both date styles, `;` lists and quoted notes.
// Written by DuckDB's COPY (a few seconds per ten million rows); the same seed gives the same file.
import { DuckDBInstance } from '@duckdb/node-api';

/** ACLED's event types with a share of events (of 100) and their sub-event types. */
const TYPES = [
  ['Battles', 20, ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  [
    'Explosions/Remote violence',
    25,
    [
      'Air/drone strike',
      'Shelling/artillery/missile attack',
      'Remote explosive/landmine/IED',
      'Suicide bomb',
      'Grenade',
      'Chemical weapon',
    ],
  ],
  ['Violence against civilians', 15, ['Attack', 'Abduction/forced disappearance', 'Sexual violence']],
  ['Protests', 30, ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']],
  ['Riots', 5, ['Violent demonstration', 'Mob violence']],
  [
    'Strategic developments',
    5,
    [
      'Agreement',
      'Arrests',
      'Change to group/activity',
      'Disrupted weapons use',
      'Headquarters or base established',
      'Looting/property destruction',
      'Non-violent transfer of territory',
      'Other',
    ],
  ],
];

/** First and last day of the synthetic data (2014-01-01 to 2024-12-31: eleven years). */
export const SYNTHETIC_RANGE = { first: '2014-01-01', days: 4018 };

const sqlString = (text) => `'${text.replace(/'/g, "''")}'`;

/** The SELECT producing `rows` synthetic ACLED rows (every column text, as in an export). */
function syntheticSelect(rows, seed) {
  const typeCases = [];
  const subCases = [];
  let threshold = 0;
  for (const [type, share, subs] of TYPES) {
    threshold += share;
    typeCases.push(`WHEN t < ${threshold} THEN ${sqlString(type)}`);
    subCases.push(`WHEN t < ${threshold} THEN [${subs.map(sqlString).join(', ')}][1 + (h2 % ${subs.length})::INTEGER]`);
  }
  return `
  WITH base AS (
    SELECT i,
      hash(i + ${seed}) AS h1, hash(i * 7 + ${seed}) AS h2, hash(i * 13 + ${seed}) AS h3,
      (hash(i * 3 + ${seed}) % 100)::INTEGER AS t
    FROM range(${rows}) r(i)
  ), dated AS (
    SELECT *,
      DATE '${SYNTHETIC_RANGE.first}' + ((h1 % ${SYNTHETIC_RANGE.days})::INTEGER) AS d,
      CASE WHEN h3 % 100 < 85 THEN 1 WHEN h3 % 100 < 95 THEN 2 ELSE 3 END AS p
    FROM base
  )
  SELECT
    'SYN' || i AS event_id_cnty,
    CASE WHEN h2 % 4 = 0 THEN strftime(d, '%d %B %Y') ELSE strftime(d, '%Y-%m-%d') END AS event_date,
    year(d)::VARCHAR AS year,
    p::VARCHAR AS time_precision,
    'Political violence' AS disorder_type,
    CASE ${typeCases.join(' ')} END AS event_type,
    CASE ${subCases.join(' ')} END AS sub_event_type,
    'Actor ' || (h3 % 400) AS actor1,
    CASE WHEN h1 % 5 = 0 THEN 'Associate ' || (h2 % 50) || '; Associate ' || (h3 % 50) ELSE '' END AS assoc_actor_1,
    'Rebel group' AS inter1,
    CASE WHEN h2 % 3 = 0 THEN '' ELSE 'Actor ' || (h1 % 400) END AS actor2,
    '' AS assoc_actor_2,
    '' AS inter2,
    'Rebel group-State forces' AS interaction,
    '' AS civilian_targeting,
    '368' AS iso,
    'Middle East' AS region,
    'Country ' || (h1 % 20) AS country,
    'Province ' || (h2 % 120) AS admin1,
    '' AS admin2,
    '' AS admin3,
    'Place ' || (h3 % 5000) AS location,
    printf('%.4f', 20 + (h1 % 200000) / 10000.0) AS latitude,
    printf('%.4f', 30 + (h2 % 300000) / 10000.0) AS longitude,
    (1 + h3 % 3)::VARCHAR AS geo_precision,
    CASE WHEN h1 % 2 = 0 THEN 'Outlet ' || (h2 % 300) ELSE 'Outlet ' || (h2 % 300) || '; Outlet ' || (h3 % 300) END AS source,
    'National' AS source_scale,
    'On ' || strftime(d, '%d %B %Y') || ', "synthetic" event ' || i || ', near Place ' || (h3 % 5000) || ', with details, to fill a line.' AS notes,
    (h1 % 7)::VARCHAR AS fatalities,
    '' AS tags,
    '1700000000' AS timestamp
  FROM dated`;
}

/** Writes `rows` synthetic ACLED rows to `path` as CSV (header included). */
export async function writeSyntheticAcled(path, rows, seed = 20140101) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (${syntheticSelect(rows, seed)}) TO ${sqlString(path)} (FORMAT csv, HEADER true, QUOTE '"', ESCAPE '"')`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

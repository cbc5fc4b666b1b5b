// Drives `careerlint lsp` with VS Code's own protocol library (vscode-languageserver-protocol
// over vscode-jsonrpc, from tests/node) through the editor's life of a page and a record:
// open, diagnostics at exact ranges, code actions, hover, incremental changes, completion,
// symbols, formatting, shutdown and exit.
//
//   node tests/lsp/client.mjs <careerlint binary> <utf-8|utf-16>
//
// Prints one "ok" line per step and exits 0, or prints what failed and exits 1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(new URL('../node/package.json', import.meta.url));
const proto = require('vscode-languageserver-protocol/node');

const [binaryArgument, encoding] = process.argv.slice(2);
if (!binaryArgument || !['utf-8', 'utf-16'].includes(encoding)) {
  console.error('usage: client.mjs <careerlint binary> <utf-8|utf-16>');
  process.exit(2);
}
const binary = path.resolve(binaryArgument);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function check(condition, what, detail) {
  if (!condition) {
    throw new Error(`${what}${detail === undefined ? '' : ': ' + JSON.stringify(detail)}`);
  }
}
function ok(what) { console.log(`ok ${what}`); }

// A position's character in the negotiated encoding, computed here from JavaScript's own
// UTF-16 strings, independently of the server.
function character(line, utf16Index) {
  return encoding === 'utf-8' ? Buffer.byteLength(line.slice(0, utf16Index), 'utf8') : utf16Index;
}
function utf16Index(line, ch) {
  if (encoding === 'utf-16') return ch;
  const bytes = Buffer.from(line, 'utf8');
  return bytes.subarray(0, ch).toString('utf8').length;
}
function offsetOf(text, position) {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; ++i) offset += lines[i].length + 1;
  return offset + utf16Index(lines[position.line], position.character);
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  for (const edit of sorted) {
    text = text.slice(0, offsetOf(text, edit.range.start)) + edit.newText +
      text.slice(offsetOf(text, edit.range.end));
  }
  return text;
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'careerlint-lsp-client-'));
const seed = fs.readFileSync(path.join(repo, 'seeds/medical-assistants.txt'), 'utf8');
// A task with CJK and an emoji before a space that does not belong before a comma.
const emojiTask = '- •Greet 患者 😀 patients , then record vitals.';
const pageText = seed.replace('📋Key Responsibilities\n', `📋Key Responsibilities\n${emojiTask}\n`);
check(pageText !== seed, 'the seed has its Key Responsibilities heading');
const pagePath = path.join(workspace, 'medical-assistants.txt');
fs.writeFileSync(pagePath, pageText);
const recordText = fs.readFileSync(path.join(repo, 'seeds/medical-assistants.yaml'), 'utf8')
  .replace('video: true\n', '\n');
const recordPath = path.join(workspace, 'record.yaml');
fs.writeFileSync(recordPath, recordText);
const pageUri = pathToFileURL(pagePath).href;
const recordUri = pathToFileURL(recordPath).href;

const child = spawn(binary, ['lsp'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
child.on('error', (error) => { console.error(`FAIL: cannot start ${binary}: ${error.message}`); process.exit(1); });
const connection = proto.createProtocolConnection(
  new proto.StreamMessageReader(child.stdout), new proto.StreamMessageWriter(child.stdin));

const published = [];  // every publishDiagnostics, in arrival order
const waiters = [];
connection.onNotification(proto.PublishDiagnosticsNotification.type, (params) => {
  published.push(params);
  for (const waiter of [...waiters]) waiter();
});
connection.onRequest(proto.RegistrationRequest.type, () => null);
connection.listen();

function diagnosticsFor(uri, version, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    const find = () => published.find((p) => p.uri === uri && p.version === version);
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version}`)), timeoutMs);
    const waiter = () => {
      const found = find();
      if (!found) return;
      clearTimeout(timer);
      waiters.splice(waiters.indexOf(waiter), 1);
      resolve(found);
    };
    waiters.push(waiter);
    waiter();
  });
}

async function main() {
  const init = await connection.sendRequest(proto.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: {
      general: { positionEncodings: encoding === 'utf-8' ? ['utf-16', 'utf-8'] : ['utf-16'] },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
  });
  check(init.capabilities.positionEncoding === encoding, 'negotiated position encoding', init.capabilities);
  check(init.capabilities.textDocumentSync.change === proto.TextDocumentSyncKind.Incremental, 'incremental sync');
  check(init.capabilities.documentFormattingProvider === true, 'the formatting capability (careerlint fmt)');
  connection.sendNotification(proto.InitializedNotification.type, {});
  ok(`initialize: positionEncoding ${encoding}`);

  // ---- a page -----------------------------------------------------------------------------
  let text = pageText;
  connection.sendNotification(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri: pageUri, languageId: 'plaintext', version: 1, text },
  });
  const first = await diagnosticsFor(pageUri, 1);
  const lines = text.split('\n');
  const taskLine = lines.indexOf(emojiTask);
  const at = emojiTask.indexOf(' ,');
  const diagnostic = first.diagnostics.find((d) => d.code === 'whitespace-and-punctuation' && d.range.start.line === taskLine);
  check(diagnostic, 'a whitespace-and-punctuation diagnostic on the emoji line', first.diagnostics);
  check(diagnostic.range.start.character === character(emojiTask, at) &&
        diagnostic.range.end.character === character(emojiTask, at + 1),
        `range of the space before the comma (expected ${character(emojiTask, at)}-${character(emojiTask, at + 1)})`, diagnostic.range);
  check(diagnostic.severity === proto.DiagnosticSeverity.Warning, 'severity warning', diagnostic);
  check(diagnostic.codeDescription?.href === 'https://github.com/careerlint/careerlint/blob/main/docs/rules/whitespace-and-punctuation.md',
        'codeDescription.href', diagnostic);
  ok(`diagnostics: ${first.diagnostics.length} on the page, the emoji line's at ${diagnostic.range.start.line}:${diagnostic.range.start.character}`);

  const actions = await connection.sendRequest(proto.CodeActionRequest.type, {
    textDocument: { uri: pageUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  });
  const quickFix = actions.find((a) => a.kind === 'quickfix' && a.edit && !a.title.startsWith('Disable'));
  check(quickFix, 'a quick fix', actions);
  const fixed = applyEdits(text, quickFix.edit.changes[pageUri]);
  check(fixed.includes('- •Greet 患者 😀 patients, then record vitals.'), 'the quick fix deletes the space', quickFix);
  const disable = actions.find((a) => a.title === 'Disable whitespace-and-punctuation for this line');
  check(disable, 'a disable action', actions.map((a) => a.title));
  check(applyEdits(text, disable.edit.changes[pageUri]).includes(
    '# careerlint-disable-next-line whitespace-and-punctuation\n' + emojiTask), 'the disable comment above the line', disable);
  check(actions.some((a) => a.kind === 'source.fixAll'), 'fix all in this file', actions.map((a) => a.kind));
  ok(`code actions: ${actions.map((a) => a.title).join(' | ')}`);

  const hover = await connection.sendRequest(proto.HoverRequest.type, {
    textDocument: { uri: pageUri }, position: diagnostic.range.start,
  });
  check(hover?.contents?.value?.startsWith('# whitespace-and-punctuation'), 'hover shows the rule documentation', hover);
  ok('hover on a diagnostic: the rule page');

  // Incremental changes: the quick fix's edits, then an insertion before the emoji, then a
  // burst of keystrokes; only the newest version's diagnostics may be the last word.
  let version = 1;
  const sendChange = (changes) => {
    for (const change of changes) text = change.range ? applyEdits(text, [{ range: change.range, newText: change.text }]) : change.text;
    connection.sendNotification(proto.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: pageUri, version: ++version }, contentChanges: changes,
    });
  };
  sendChange(quickFix.edit.changes[pageUri].map((e) => ({ range: e.range, text: e.newText })));
  const prefix = 'Äö 😀 ';
  sendChange([{ range: { start: { line: taskLine, character: 0 }, end: { line: taskLine, character: 0 } }, text: prefix }]);
  const titleEnd = character(text.split('\n')[0], text.split('\n')[0].length);
  for (let i = 0; i < 20; ++i) {
    sendChange([{ range: { start: { line: 0, character: titleEnd + i }, end: { line: 0, character: titleEnd + i } }, text: 'x' }]);
  }
  const latest = await diagnosticsFor(pageUri, version);
  const versions = published.filter((p) => p.uri === pageUri).map((p) => p.version);
  check(versions.every((v, i) => i === 0 || v >= versions[i - 1]), 'versions never go back', versions);
  check(!latest.diagnostics.some((d) => d.code === 'whitespace-and-punctuation' && d.range.start.line === taskLine),
        'the fixed space is gone', latest.diagnostics);
  check(text.split('\n')[0] === 'Medical Assistants' + 'x'.repeat(20), 'the client applied the burst', text.split('\n')[0]);
  ok(`incremental changes: versions published ${versions.join(',')}`);

  const symbols = await connection.sendRequest(proto.DocumentSymbolRequest.type, { textDocument: { uri: pageUri } });
  check(Array.isArray(symbols) && symbols.some((s) => s.name === 'Key Responsibilities'), 'page symbols include its sections', symbols);
  ok(`page symbols: ${symbols.map((s) => s.name).join(', ')}`);

  // ---- a record ---------------------------------------------------------------------------
  connection.sendNotification(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri: recordUri, languageId: 'yaml', version: 1, text: recordText },
  });
  const recordDiagnostics = await diagnosticsFor(recordUri, 1);
  check(recordDiagnostics.diagnostics.some((d) => d.code === 'schema' && d.message.includes('video')),
        'the record lacks video', recordDiagnostics.diagnostics);
  const recordLines = recordText.split('\n');
  const blank = recordLines.indexOf('');
  const keys = await connection.sendRequest(proto.CompletionRequest.type, {
    textDocument: { uri: recordUri }, position: { line: blank, character: 0 },
  });
  const keyLabels = (keys.items ?? keys).map((i) => i.label);
  check(keyLabels.includes('video') && !keyLabels.includes('title'), 'top-level keys not yet present', keyLabels);
  const categoryLine = recordLines.findIndex((l) => l.startsWith('category:'));
  const values = await connection.sendRequest(proto.CompletionRequest.type, {
    textDocument: { uri: recordUri }, position: { line: categoryLine, character: 'category: '.length },
  });
  const valueLabels = (values.items ?? values).map((i) => i.label);
  check(valueLabels.includes('healthcare-technical') && valueLabels.length > 5, 'category values from the schema', valueLabels);
  ok(`completion: keys ${keyLabels.join(',')}; ${valueLabels.length} categories`);

  const keyHover = await connection.sendRequest(proto.HoverRequest.type, {
    textDocument: { uri: recordUri }, position: { line: categoryLine, character: 2 },
  });
  check(keyHover?.contents?.value?.includes('healthcare-technical'), 'hover on a record key: allowed values', keyHover);
  ok('hover on a record key: the schema');

  // Formatting is careerlint fmt: applied, the record's keys come in the schema's order.
  const messyUri = pathToFileURL(path.join(workspace, 'messy.yaml')).href;
  const messyText = 'title: "Nurses"  # as on the page\nschema_version: 1\n';
  connection.sendNotification(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri: messyUri, languageId: 'yaml', version: 1, text: messyText },
  });
  const edits = await connection.sendRequest(proto.DocumentFormattingRequest.type, {
    textDocument: { uri: messyUri }, options: { tabSize: 2, insertSpaces: true },
  });
  check(Array.isArray(edits) && edits.length === 1, 'formatting: one edit', edits);
  const formatted = applyEdits(messyText, edits);
  check(formatted === 'schema_version: 1\ntitle: Nurses  # as on the page\n', 'formatting: fmt\'s layout', formatted);
  ok('formatting: careerlint fmt');

  connection.sendNotification(proto.DidCloseTextDocumentNotification.type, { textDocument: { uri: recordUri } });
  await connection.sendRequest(proto.ShutdownRequest.type);
  connection.sendNotification(proto.ExitNotification.type);
  const code = await exited;
  check(code === 0, 'exit code 0 after shutdown and exit', code);
  ok('shutdown and exit: 0');
  check(fs.readFileSync(pagePath, 'utf8') === pageText && fs.readFileSync(recordPath, 'utf8') === recordText,
        'the server wrote no file');
}

const timeout = setTimeout(() => { console.error('FAIL: timed out'); child.kill(); process.exit(1); }, 90000);
main().then(() => {
  clearTimeout(timeout);
  fs.rmSync(workspace, { recursive: true, force: true });
  console.log(`careerlint lsp client test (${encoding}): passed`);
  process.exit(0);
}, (error) => {
  console.error(`FAIL: ${error.message}`);
  child.kill();
  fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(1);
});

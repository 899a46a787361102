import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from './rules';
import { defaultModel } from './rules/testing';
import type { Rule, RuleContext } from './rules/types';
import type { Gazette, GwDocument } from './types';
import { SourceText } from './text/source';
import { parseGazette } from './parse/gazette';
import { corpusFiles, repoRoot } from '../../test/fixtures/corpus';

/** Every .txt under test/fixtures: issues and drafts that take the rules' rarer paths. */
function fixtureFiles(dir = path.join(repoRoot, 'test/fixtures')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? fixtureFiles(path.join(dir, e.name))
    : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []);
}

/** The fields of the documents `rule` reads when it checks `text` (through ctx.gazette and ctx.doc). */
export function fieldsRead(rule: Rule, text: string): Set<string> {
  const source = new SourceText(text);
  const model = defaultModel();
  const gazette = parseGazette(source, model);
  const read = new Set<string>();
  const documents = gazette.documents.map((d) => new Proxy(d, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') read.add(prop);
      return Reflect.get(target, prop, receiver);
    },
  }));
  const seen: Gazette = { ...gazette, documents };
  const ctx: RuleContext = {
    source, gazette: seen, doc: documents[0], docIndex: 0, model, asOf: '2026-01-01', asOfBasis: 'today', today: '2026-01-01',
    mode: gazette.extracted ? 'issue' : 'draft',
    report: () => undefined,
    // What the incremental lint compares itself: the documents, not the proxies.
    readDocuments: <T>(f: (d: GwDocument) => T) => gazette.documents.map(f),
    ownText: () => source.text.slice(gazette.documents[0].start, gazette.documents[0].end),
  };
  if (documents.length) rule.check(ctx);
  return read;
}

describe('gazette-scoped rules read only the fields of the documents they declare (Rule.reads)', function () {
  this.timeout(120_000);
  const texts = [...corpusFiles(), ...fixtureFiles()].map((f) => fs.readFileSync(f, 'utf8'));
  for (const rule of allRules.filter((r) => r.scope === 'gazette' && r.reads)) {
    it(rule.id, () => {
      const examples = [rule.docs.bad, rule.docs.good, rule.docs.test?.bad, rule.docs.test?.good].filter((t): t is string => !!t);
      for (const text of [...texts, ...examples]) {
        for (const f of fieldsRead(rule, text)) assert.ok(rule.reads!.includes(f as keyof GwDocument), `${rule.id} reads ${f}`);
      }
    });
  }
});

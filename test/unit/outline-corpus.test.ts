// The outline of an extracted issue (server/src/features/structure): an item ends within the source
// stretch it starts in. A document's page continuation may be printed pages away from it (in
// gazette-2024-11-12, the end of the 新能源汽车 实施方案 sits inside the 规章 决定 printed before it),
// and the last item there ran on to its document's next 一、, over 21 KB of other documents.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { documentPieces, parseGazette } from '../../engine/src/parse/gazette';
import { loadModel } from '../../engine/src/model/load';
import { SourceText } from '../../engine/src/text/source';
import { outline, type OutlineNode } from '../../server/src/features/structure';
import { corpusFiles, repoRoot } from '../fixtures/corpus';

describe('outline of the training gazettes', function () {
  this.timeout(60_000);
  it('ends every item within the piece of its document it starts in', function () {
    const gazettes = corpusFiles();
    if (!gazettes.length) this.skip();
    const model = loadModel(`${repoRoot}/models/default.json`);
    const crossing: string[] = [];
    let items = 0;
    for (const file of gazettes) {
      const source = new SourceText(fs.readFileSync(file, 'utf8'));
      const gazette = parseGazette(source, model);
      outline(gazette, source).forEach((doc, k) => {
        const pieces = documentPieces(gazette, k)!;
        const walk = (n: OutlineNode): void => {
          if (n.kind !== 'document' && n.kind !== 'attachment') {
            items++;
            const piece = pieces.find((p) => p.start <= n.start && n.start < p.end)!;
            if (n.end > piece.end) crossing.push(`${file.split('/').pop()} ${n.name} ${n.start}-${n.end} (piece ${piece.start}-${piece.end})`);
          }
          n.children.forEach(walk);
        };
        walk(doc);
      });
    }
    assert.ok(items > 1000, `${items} items`);
    assert.deepEqual(crossing, []);
  });
});

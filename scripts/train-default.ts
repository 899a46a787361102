// Regenerates models/default.json from the shared gazette corpus (npm run train:default).
// Usage: tsx scripts/train-default.ts [corpus paths...] [-o out.json]
import * as fs from 'fs';
import * as path from 'path';
import { readCorpus } from '../engine/src/model/corpus';
import { train } from '../engine/src/model/train';
import { serializeModel } from '../engine/src/model/serialize';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const o = args.indexOf('-o');
const out = o >= 0 ? path.resolve(args[o + 1]) : path.join(root, 'models/default.json');
const inputs = args.filter((_, i) => i !== o && i !== o + 1);
const paths = inputs.length ? inputs : [path.resolve(root, '../shared/corpus')];
try {
  const t0 = performance.now();
  const model = train(readCorpus(paths));
  const ms = performance.now() - t0;
  fs.writeFileSync(out, serializeModel(model));
  console.log(`${path.relative(process.cwd(), out)}: ${model.trainedOn.length} gazettes, ${model.codes.length} codes, ${model.units.length} units, ${model.aliases.length} aliases, ${model.documents.length} documents, ${model.repeals.length} repeal/amend statements (${ms.toFixed(0)} ms)`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

// Prints what the parser finds in a file: documents, 目录 entries, counts (a development aid).
import * as fs from 'fs';
import { SourceText } from '../engine/src/text/source';
import { parseGazette } from '../engine/src/parse/gazette';

for (const f of process.argv.slice(2)) {
  const src = new SourceText(fs.readFileSync(f, 'utf8'));
  const g = parseGazette(src);
  console.log(`${f}: issue=${g.isIssue} toc=${g.toc.length} docs=${g.documents.length}`);
  g.toc.forEach((t, i) => {
    const d = g.documents[i];
    console.log(`  [${i}] toc ${t.number?.canonical ?? '-'} p${t.page} | doc ${d?.number?.canonical ?? '-'} ${d?.type} "${d?.title?.text.slice(0, 30)}" items=${d?.items.length} blocks=${d?.blocks.length} cites=${d?.citations.length} date=${d?.date?.iso} sig=${d?.signature?.text} att=${d?.attachments.length} note=${d?.attachmentNote?.entries.length ?? 0} cont=${d?.continuations.length} noise=${d?.noise.length}`);
  });
  for (let i = g.toc.length; i < g.documents.length; i++) console.log(`  extra doc ${g.documents[i].number?.canonical} ${g.documents[i].title?.text}`);
}

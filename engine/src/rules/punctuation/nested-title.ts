// punctuation/nested-title: a title cited inside a cited title takes the single marks 〈〉
// (《中共山东省委机构编制委员会办公室关于印发〈开发区机构职能编制配套政策（试行）〉的通知》): GB/T 15834—2011
// 4.15.3. 《A《B》C》 with 《》 inside is the slip (probe17); the gazettes write 〈〉 throughout. Only a
// pair inside another on one paragraph is judged, so a 《 the extraction left unclosed is not read.
import type { Rule } from '../types';
import { overlaps } from '../spans';
import { pushAll } from '../../arrays';

export const nestedTitle: Rule = {
  id: 'punctuation/nested-title',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '书名号内还要用书名号时，外用双书名号，内用单书名号：《关于审批〈莘县城市供热专项规划〉的请示》。书名号内写成《》的（《关于审批《莘县城市供热专项规划》的请示》），报告并改为〈〉。',
      en: 'A title inside a cited title takes the single marks: 《关于审批〈莘县城市供热专项规划〉的请示》. One written with 《》 inside 《》 is reported and given 〈〉.',
    },
    why: 'GB/T 15834—2011《标点符号用法》4.15.3：书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号；双层《》嵌套读者难以分清各层起止。',
    bad: '你县《关于审批《莘县城市供热专项规划（2023—2035年）》的请示》收悉。',
    good: '你县《关于审批〈莘县城市供热专项规划（2023—2035年）〉的请示》收悉。',
    test: {
      bad: '聊城市人民政府\n\n聊政字〔2023〕31号\n\n聊城市人民政府关于莘县城市供热专项规划（2023—2035年）的批复\n\n莘县人民政府：\n\n你县《关于审批《莘县城市供热专项规划（2023—2035年）》的请示》收悉。经研究，现批复如下：\n\n一、原则同意该规划。\n\n聊城市人民政府\n2023年10月12日\n',
      good: '聊城市人民政府\n\n聊政字〔2023〕31号\n\n聊城市人民政府关于莘县城市供热专项规划（2023—2035年）的批复\n\n莘县人民政府：\n\n你县《关于审批〈莘县城市供热专项规划（2023—2035年）〉的请示》收悉。经研究，现批复如下：\n\n一、原则同意该规划。\n\n聊城市人民政府\n2023年10月12日\n',
    },
  },
  check(ctx) {
    // The source read only where a slip is found: a run that reads none is kept on a document an
    // edit is near but not in (lintIncremental).
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      const t = p.text;
      // Cheap test first: two 《 in the paragraph.
      const first = t.indexOf('《');
      if (first < 0 || t.indexOf('《', first + 1) < 0) continue;
      // Depth-count the marks; a pair opened at depth 1 and closed back to it, inside an outer pair
      // that closes too, is an inner title.
      let depth = 0;
      let open = -1;
      const inner: [number, number][] = [];
      let pending: [number, number][] = [];
      for (let i = first; i < t.length; i++) {
        const c = t[i];
        if (c === '《') {
          depth++;
          if (depth === 2) open = i;
          if (depth > 2) break;
        } else if (c === '》') {
          if (depth === 0) break;
          if (depth === 2 && open >= 0) pending.push([open, i]);
          depth--;
          if (depth === 0) { pushAll(inner, pending); pending = []; }
        }
      }
      for (const [a, b] of inner) {
        const start = p.map[a];
        const end = p.map[b] + 1;
        if (ctx.source.text[start] !== '《' || ctx.source.text[end - 1] !== '》' || overlaps(doc.noise, start, end)) continue;
        ctx.report({
          start, end,
          message: `书名号内的书名号应用单书名号：“${t.slice(a, b + 1)}”应为“〈${t.slice(a + 1, b)}〉”（外用《》，内用〈〉）。`,
          fix: { range: [start, end], text: `〈${ctx.source.text.slice(start + 1, end - 1)}〉` },
        });
      }
    }
  },
};

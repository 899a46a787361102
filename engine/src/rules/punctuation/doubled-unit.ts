// punctuation/doubled-unit: the unit after a number typed twice: a percent sign (25%%, 46％％) or a
// measure word (126名名同志, 3个个项目, 5项项任务): the key pressed twice, or a rewrite that left the
// old unit behind. None of the gazettes has one, in a body or after extraction (extraction repeats
// a line's tail on the next line, never one character inside a line). Only after Arabic digits:
// 一个个, 一项项, 一条条 are reduplications (one by one). A measure word whose second copy opens a
// noun (3个个人账户, 10项项目, 3条条款, 2处处室, 5名名师, 3种种子) is two words: not reported.
import type { Rule } from '../types';
import { overlaps } from '../spans';

/**
 * Measure words of a 公文's counts, each with the characters that make its second copy a noun's
 * first (个人, 个体, 个性, 个案, 个别; 项目; 名师, 名医, 名校, 名单…; 条款, 条例, 条件; 处室, 处理;
 * 所属, 所有; 台账, 台式; 户籍, 户厕, 户用, 户户通; 批次; 种子; 类别; 次日…).
 */
const OPENS: Record<string, string> = {
  名: '师医家人誉校匠厨牌优企村镇城片单录额称次胜品特茶作著言义目气声望利分词贵酒画曲剧角模嘴媛下列副号帖园店菜将士流山',
  个: '人体性案别子税头数位把',
  项: '目',
  件: '数',
  次: '日年月要生级数序',
  条: '款例件目文线码幅块形理',
  处: '理罚置室级长分所境事',
  所: '属有在长得需辖述以谓',
  座: '谈位',
  台: '账风阶面湾式',
  辆: '',
  支: '持付出部队撑援柱线行流架',
  户: '籍口外型主均数厕用户',
  批: '次复准发示量评',
  元: '旦素宵件',
  亩: '产均',
  吨: '位',
  种: '类子植养苗业源',
  类: '别型似',
};
const UNITS = Object.keys(OPENS).join('');
/** Cheap test first: a percent sign or one of the measure words twice, after a digit. */
const RUN = new RegExp(`[0-9０-９][ \\t\\u3000]*([%％]{2,}|([${UNITS}])\\2)`, 'g');

export const doubledUnit: Rule = {
  id: 'punctuation/doubled-unit',
  severity: 'warning',
  fixable: true,
  scope: 'document',
  docs: {
    description: {
      zh: '数字后的百分号或量词连写两遍（25%%、126名名同志、3个个项目）多是重复输入：删去一个。“3个个人账户”“10项项目”“3条条款”等量词后接以同字开头的名词的，以及“一个个”“一项项”等叠用，不报。',
      en: 'A percent sign or a measure word after a number written twice (25%%, 126名名同志, 3个个项目) is most often a key pressed twice: delete one. A measure word before a noun starting with the same character (3个个人账户, 10项项目, 3条条款) and reduplications (一个个, 一项项) are not reported.',
    },
    why: '数字后只跟一个单位；重复的百分号或量词是输入或改稿时遗留的，读来不通，校对时容易漏看。',
    bad: '全市已组建防汛抢险队伍126支支，储备物资增长25%%。',
    good: '全市已组建防汛抢险队伍126支，储备物资增长25%。',
    test: {
      bad: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n全市已组建防汛抢险队伍126支支，储备物资增长25%%。\n\n聊城市人民政府办公室\n2025年6月3日\n',
      good: '聊城市人民政府办公室\n\n聊政办字〔2025〕9号\n\n聊城市人民政府办公室关于做好防汛工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n全市已组建防汛抢险队伍126支，储备物资增长25%。\n\n聊城市人民政府办公室\n2025年6月3日\n',
    },
  },
  check(ctx) {
    // The source read only where a slip is found (lintIncremental keeps a run that reads none).
    const { doc } = ctx;
    for (const p of doc.paragraphs) {
      const t = p.text;
      RUN.lastIndex = 0;
      if (!RUN.test(t)) continue;
      RUN.lastIndex = 0;
      for (let m = RUN.exec(t); m; m = RUN.exec(t)) {
        const unit = m[1];
        const word = m[2];
        const i = m.index + m[0].length - unit.length;
        const after = t[i + unit.length] ?? '';
        if (word && OPENS[word].includes(after)) continue;
        const start = p.map[i];
        const end = p.map[i + unit.length - 1] + 1;
        // One run in the source as written, outside extraction noise.
        if (ctx.source.text.slice(start, end) !== unit || overlaps(doc.noise, start, end)) continue;
        ctx.report({
          start, end,
          message: word
            ? `量词“${word}”连写两遍（多是重复输入，读来不通）：应为“${word}”。`
            : `百分号“${unit}”重复（数字后只用一个百分号）：应为“${unit[0]}”。`,
          fix: { range: [start + 1, end], text: '' },
        });
      }
    }
  },
};

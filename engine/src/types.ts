// Shared types of the engine. Every offset is a UTF-16 index into the decoded source text
// (BOM removed, line endings kept as they were), so diagnostics and fixes point at the original.

/** A half-open range [start, end) of source offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of text as the rules see it (normalised), with where it came from. */
export interface TextNode extends Span {
  /** Normalised text: markdown markers and noise spaces removed, continuations joined. */
  text: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** Source offsets to replace. */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  /** Further fixes offered as alternatives (quick-fix menu); never applied by `gongwen fix`. */
  suggestions?: { desc: string; fix: Fix }[];
}

/** One logical paragraph: physical lines joined where extraction broke them, normalised. */
export interface Paragraph extends TextNode {
  /** map[i] = source offset of normalised character i; map[text.length] = end. */
  map: number[];
  /** 0-based source line of the paragraph's first character. */
  line: number;
  /**
   * The number that opens the paragraph as an entry of a bare-numbered list (`1　聊城市人民政府关于…`,
   * a number and a space, which normalising drops): its digits, the entry's marker.
   */
  bareMarker?: string;
}

export type SeriesKind = '发' | '字' | '办发' | '办字' | '任' | '令' | '函' | '其他';

/** A 发文字号 as found, well-formed or not. */
export interface DocNumber extends TextNode {
  /** 机关代字 such as 聊政办发 (for a decree: the issuer, e.g. 聊城市人民政府令). */
  code: string;
  /** Year as written (may be two digits or wrong). */
  year: string;
  /** Sequence number as written (may carry 第 or a leading zero). */
  seq: string;
  /** The brackets as written, e.g. 〔〕, [] or （）. */
  open: string;
  close: string;
  /** Whether 号 is present. */
  hasHao: boolean;
  /** 第 before the sequence number. */
  hasDi: boolean;
  /** A 年 written after the year inside the brackets (〔2025年〕): its span. */
  yearSuffix?: Span;
  /** The 号 written as the traditional 號: its span. */
  haoVariant?: Span;
  /** A 令's sequence number written in Chinese numerals (令第五十二号): `seq` holds its digits, this the numeral's span. */
  seqNumeral?: Span;
  isDecree: boolean;
  /**
   * A 公告/通告's number, its code the issuer with 公告 or 通告 (聊城市人民政府公告〔2025〕第1号,
   * 国家税务总局公告2019年第1号): it is written with 第, which a 文件's 发文字号 never takes.
   */
  isNotice: boolean;
  /** Canonical form: code〔year〕seq号, code第seq号 for decrees, code〔year〕第seq号 (or code第seq号) for notices. */
  canonical: string;
  /** Source spans of the components, for targeted fixes. */
  parts: { code: Span; open: Span; year: Span; close: Span; seq: Span };
}

export interface NumberingItem extends Span {
  /** 1 一、 2 （一） 3 1. 4 （1） 5 ① ; 10 第X章 11 第X节 12 第X条 */
  level: number;
  value: number;
  /** The marker exactly as written (normalised), e.g. "（一）" or "1、". */
  marker: string;
  /** Source span of the marker. */
  markerSpan: Span;
  /** Text after the marker in the same paragraph. */
  heading: string;
  paragraph: number;
  /** Index of the sequence this item belongs to (a document, each attached document, a 附件 list). */
  sequence: number;
}

export type LeadRole = '牵头单位' | '配合单位' | '责任单位' | '负责单位';

export interface LeadUnit extends TextNode {}

export interface LeadRoleSegment extends Span {
  role: string;
  roleSpan: Span;
  /** The separator after the role name as written (：, :, or ''). */
  colon: string;
  units: LeadUnit[];
  /** Separators between units as written, with their spans. */
  separators: TextNode[];
}

export interface LeadBlock extends TextNode {
  roles: LeadRoleSegment[];
  /** Separators between roles as written (；, ;, ，...). */
  roleSeparators: TextNode[];
  paragraph: number;
  /** An assignment written after its units (`（省财政厅牵头，省直有关部门配合）`, parse/task-brackets.ts):
   * its roles are the role words as written, with no colon; the colon form's grammar rules skip it. */
  inline?: boolean;
  /** Roles printed without brackets on lines of their own (`牵头单位：市商务局⏎配合单位：市财政局`,
   * parse/blocks.ts): no bracket to close, judge or place; the unit and role rules judge it. */
  bare?: boolean;
}

export interface Citation extends TextNode {
  title: TextNode;
  number?: DocNumber;
  /** Text between 》 and the number's opening parenthesis, and the parentheses as written. */
  paren?: { open: TextNode; close: TextNode };
  paragraph: number;
}

export interface DateNode extends TextNode {
  year: number;
  month: number;
  day: number;
  /** ISO yyyy-mm-dd when valid. */
  iso?: string;
  raw: { year: string; month: string; day: string };
}

export interface AttachmentNote extends TextNode {
  /** Names listed, with their numbers when several. */
  entries: { index?: number; name: TextNode }[];
}

export type DocType =
  | '通知' | '印发通知' | '意见' | '实施意见' | '实施方案' | '办法' | '决定' | '令' | '任免'
  | '函' | '请示' | '报告' | '批复' | '通报' | '决议' | '公告' | '通告' | '议案' | '纪要' | '大事记' | '其他';

export interface GwDocument extends Span {
  type: DocType;
  issuerMark?: TextNode;
  number?: DocNumber;
  title?: TextNode;
  mainRecipient?: TextNode;
  paragraphs: Paragraph[];
  items: NumberingItem[];
  blocks: LeadBlock[];
  citations: Citation[];
  attachmentNote?: AttachmentNote;
  signature?: TextNode;
  date?: DateNode;
  /** The month a 大事记 records (its subtitle （2023年6月）). */
  period?: { year: number; month: number };
  notes: TextNode[];
  cc?: TextNode;
  printedBy?: TextNode;
  /** Headings of attached documents (印发 notice's attached documents, labelled 附件N or not, 附件N sections). */
  attachments: { label?: string; index?: number; title?: TextNode; start: number }[];
  /** Page continuations re-attached to this document (source spans of the moved text). */
  continuations: Continuation[];
  /** Page continuations of other documents printed inside this one's text (source spans): their
   * text is not this document's, and their pages are not its pages. */
  hosted: Span[];
  /** Spans the extraction scrambled beyond repair (unpaired continuation fragments): rules judging
   * order or sequence stay silent there. */
  noise: Span[];
}

/** A page continuation re-attached to its document (the source span of the moved text). */
export interface Continuation extends Span {
  /**
   * Its extent is known: it is printed after its host's 成文日期 and runs on to the next document
   * (the tail of an attached document moved to another document's last page), so nothing but the
   * moved text lies in it: read in order as the continued document's tail (text/continuation's inOwnTail).
   */
  closed?: boolean;
  /**
   * Its end is known, not guessed: its host, a 大事记, resumes right after it with an entry of its
   * own (16日，… / △…), which no other document's text opens a line with. What lies in it is the
   * continued document's text, bar the tail of the host's sentence the cut left (no numbering):
   * its items are read in order (numbering/analyze's inClosedTail).
   */
  bounded?: boolean;
}

export interface TocEntry extends Span {
  title: TextNode;
  number?: DocNumber;
  page?: number;
  section?: string;
  /** The section's heading as printed (◎市政府文件, 【省政府文件】, 国务院办公厅文件), for messages. */
  sectionHeading?: string;
}

export interface Gazette {
  /** True when the text looks like a whole gazette issue (cover, 目录). */
  isIssue: boolean;
  /**
   * True when the text was extracted from a printed gazette: an issue, or one document cut out of
   * one (its continuation markers, running headers or hard wraps say so). Rules then tolerate
   * extraction noise (RuleContext.mode 'issue') rather than judge it as a typed draft's.
   */
  extracted?: boolean;
  cover?: { title?: TextNode; year?: number; issue?: string };
  toc: TocEntry[];
  documents: GwDocument[];
}

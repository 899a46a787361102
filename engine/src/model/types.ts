// The trained model: everything Gongwen learns from a gazette corpus. Serialised as JSON with
// sorted keys and arrays in a fixed order, so the same corpus gives a byte-identical file.
import type { SeriesKind } from '../types';

export interface IssuingCode {
  /** 机关代字, e.g. 聊政办发; for decrees the issuer + 令, e.g. 聊城市人民政府令. */
  code: string;
  /** 发文机关 (issuer), e.g. 聊城市人民政府办公室. */
  issuer: string;
  kind: SeriesKind;
  /** Documents seen with this code. */
  count: number;
  /** Highest sequence number seen, per year ("2024": 25). */
  maxSeq: Record<string, number>;
  /** 发文机关标志 as the corpus's documents of this series print it (聊城市人民政府文件 for a 发
   * series, the bare 聊城市人民政府 for a 字 series); absent when never seen. */
  mark?: string;
  /** issued: documents of this series are in the corpus; cited: only known from citations. */
  source?: 'issued' | 'cited';
}

export interface UnitEntry {
  /** Standard (short) name as used in blocks, e.g. 市发展改革委. */
  name: string;
  /** Full name, e.g. 聊城市发展和改革委员会, when known. */
  full?: string;
  /** Times seen in the corpus. */
  count: number;
  /** Dates (ISO) of the first and last document that used the name ('' when only known from the
   * seed of renames, count 0). */
  firstSeen: string;
  lastSeen: string;
  /** Name in use from / until (ISO), when a rename or creation is known. */
  validFrom?: string;
  validUntil?: string;
  /** Names that replaced this one after validUntil. */
  successors?: string[];
}

export interface UnitAlias {
  /** Non-standard form seen or known, e.g. 市发改委. */
  alias: string;
  /** Standard name to write instead. */
  standard: string;
  /** corpus: learned (full name ↔ short name); builtin: from the seed table of common abbreviations. */
  source: 'corpus' | 'builtin';
}

export interface RegistryDoc {
  /** Canonical 发文字号, e.g. 聊政办字〔2024〕21号 or 聊城市人民政府令第48号. */
  number: string;
  title: string;
  /** Title without the issuer prefix (聊城市人民政府关于… → 关于…). */
  shortTitle: string;
  issuer: string;
  /** 成文日期, ISO. */
  date?: string;
  type: string;
  /** Gazette file and page where it appeared, when known. */
  source?: string;
  /** A 印发 notice issuing several documents: their titles, each of which cites it with its number. */
  issues?: string[];
}

export interface RepealStatement {
  /** Number (or title when there is no number) of the repealed or amended document. */
  target: string;
  targetTitle?: string;
  /** Number of the document that says so. */
  by: string;
  /** Date the statement took effect (the stating document's date). */
  date: string;
  kind: 'repeal' | 'amend';
}

export interface NumberingStats {
  /** Items seen per level ("1": 一、, "2": （一）, "3": 1., "4": （1）, "5": ①, "12": 第X条). */
  levelCounts: Record<string, number>;
  /** Documents whose （一） items run on across 一、 sections vs restart. */
  runOn: number;
  restart: number;
  /** Level-3 items whose parent is a level-1 item directly (一、 → 1.). */
  skipToLevel3: number;
}

export interface Model {
  format: 'gongwen-model';
  version: 1;
  /** Training inputs: file names and SHA-256 of their decoded text. */
  trainedOn: { file: string; sha256: string }[];
  codes: IssuingCode[];
  units: UnitEntry[];
  aliases: UnitAlias[];
  documents: RegistryDoc[];
  repeals: RepealStatement[];
  numbering: NumberingStats;
}

// Settings per resource. The client resolves them (workspace/configuration with a scopeUri, so
// folder and language overrides apply); other editors may pass them once in initializationOptions
// or in workspace/didChangeConfiguration. A custom model or extra corpus folders are honoured only
// in a trusted workspace.
import type { RuleSetting } from '../../../engine/src/lint';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_TYPING_PAUSE_MS } from './diagnostics';
import type { ResolvedConfig } from '../../../engine/src/config';

export interface GongwenSettings {
  /** Per-rule severity overrides: { "doc-number/bracket": "off" | "info" | "warn" | "error" }. */
  rules: Record<string, RuleSetting>;
  /** Path of a model JSON file; empty = the bundled default model. Trusted workspaces only. */
  model: string;
  /** Extra folders of gazettes/drafts whose documents join the registry. Trusted workspaces only. */
  corpus: string[];
  /** ISO date to judge undated drafts by; empty = today. */
  date: string;
  /** URL of a rule's documentation; {rule} = rule id, {anchor} = its heading anchor in docs/rules.md. */
  ruleDocsUrl: string;
  /** Milliseconds between the last keystroke and the lint that follows. */
  debounceMs: number;
  /** Milliseconds a problem on the text just typed (the line being typed, at its cursor) waits after
   * the last keystroke before it is shown: 市住房城, 2024年5月2 are not slips yet. 0 = at once. */
  typingPauseMs: number;
  /** Index the workspace folders so their documents join the registry. */
  indexWorkspace: boolean;
  /** .gongwenrc.json's reportUnusedDisableDirectives: a directive that suppressed nothing is reported. */
  reportUnusedDisableDirectives?: 'warning' | 'error';
  /** The file is ignored by a .gongwenrc.json `ignore` glob: no diagnostics. */
  ignored?: boolean;
}

export const DEFAULT_RULE_DOCS_URL = 'https://github.com/gongwen/gongwen/blob/main/docs/rules.md#{anchor}';

export const defaultSettings: GongwenSettings = {
  rules: {},
  model: '',
  corpus: [],
  date: '',
  ruleDocsUrl: DEFAULT_RULE_DOCS_URL,
  debounceMs: DEFAULT_DEBOUNCE_MS,
  typingPauseMs: DEFAULT_TYPING_PAUSE_MS,
  indexWorkspace: true,
};

const SETTINGS: RuleSetting[] = ['off', 'warn', 'error', 'info'];

/** Accepts whatever the client sent; anything malformed falls back to the default, never throws. */
export function normalizeSettings(raw: unknown): GongwenSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const s = v === 'warning' ? 'warn' : v;
      if (SETTINGS.includes(s as RuleSetting)) rules[k] = s as RuleSetting;
    }
  }
  const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
  const date = str(r.date, '');
  return {
    rules,
    model: str(r.model, ''),
    corpus: Array.isArray(r.corpus) ? r.corpus.filter((x): x is string => typeof x === 'string' && x.length > 0) : [],
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
    ruleDocsUrl: str(r.ruleDocsUrl, '') || DEFAULT_RULE_DOCS_URL,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 5000 ? r.debounceMs : defaultSettings.debounceMs,
    typingPauseMs: typeof r.typingPauseMs === 'number' && r.typingPauseMs >= 0 && r.typingPauseMs <= 10000 ? r.typingPauseMs : defaultSettings.typingPauseMs,
    indexWorkspace: typeof r.indexWorkspace === 'boolean' ? r.indexWorkspace : true,
  };
}

/** What applies in an untrusted workspace: no custom model, no extra corpus. */
export function restrictForTrust(s: GongwenSettings, trusted: boolean): GongwenSettings {
  return trusted ? s : { ...s, model: '', corpus: [] };
}

/**
 * The project's .gongwenrc.json (as the CLI reads it) under the editor's settings: the file gives the
 * defaults, an explicit editor setting wins per key (rules merge per id; corpus folders add up).
 */
export function withProjectConfig(s: GongwenSettings, cfg: ResolvedConfig, ignored: boolean): GongwenSettings {
  return {
    ...s,
    rules: { ...cfg.rules, ...s.rules },
    model: s.model || cfg.model || '',
    corpus: [...(cfg.corpus ?? []), ...s.corpus.filter((c) => !(cfg.corpus ?? []).includes(c))],
    date: s.date || cfg.date || '',
    ...(cfg.reportUnusedDisableDirectives === 'warn' || cfg.reportUnusedDisableDirectives === 'error'
      ? { reportUnusedDisableDirectives: cfg.reportUnusedDisableDirectives === 'warn' ? 'warning' as const : 'error' as const } : {}),
    ...(ignored ? { ignored: true } : {}),
  };
}

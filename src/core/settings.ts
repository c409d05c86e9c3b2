/**
 * The reader's settings: typed defaults, and only what the reader changed is stored
 * (so new defaults reach existing installs). Values read back from storage are untrusted:
 * `normalizeSettings` keeps what is valid and falls back to defaults for the rest.
 */
import type { UiLangSetting } from './i18n.ts';
import { MARK_SCOPES, MARK_TYPES, type MarkPrefs, type MarkScope, type MarkType } from './highlight/select.ts';

export const KOREAN_STYLE_IDS = ['press', 'rr', 'mr', 'ala-lc', 'dprk', 'hangul'] as const;
export type KoreanStyleId = (typeof KOREAN_STYLE_IDS)[number];
export const RUSSIAN_STYLE_IDS = ['press', 'en-press', 'bgn-pcgn', 'iso9', 'icao-2013', 'cyrillic'] as const;
export type RussianStyleId = (typeof RUSSIAN_STYLE_IDS)[number];
export const HIGHLIGHT_MODES = ['underline', 'background', 'off'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];

export interface Settings {
  uiLang: UiLangSetting;
  koreanStyle: KoreanStyleId;
  russianStyle: RussianStyleId;
  highlight: HighlightMode;
  /** Show names on the page in the chosen style (opt-in). */
  rewrite: boolean;
  /** Hostnames where Glose stays off. */
  disabledSites: string[];
  /** Hostnames where Glose runs whatever the page language. */
  forcedSites: string[];
  /** How much is marked: every mention, the first of each name per section (default), the first on the page. */
  marks: MarkScope;
  /** Kinds of name left unmarked (they still answer a hover with the modifier key). */
  hiddenTypes: MarkType[];
  /** Mark the entries of `scope: "world"` too (Washington, l'ONU…): off by default. */
  markWorld: boolean;
  /** Read the whole page, not just the article's body. */
  wholePage: boolean;
  /** Per-site choices that override the global ones (hostname → what the reader set there). */
  siteOverrides: Record<string, SiteOverride>;
}

/** What a site may set differently from the global settings. */
export interface SiteOverride {
  marks?: MarkScope;
  wholePage?: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  uiLang: 'auto',
  koreanStyle: 'press',
  russianStyle: 'press',
  highlight: 'underline',
  rewrite: false,
  disabledSites: [],
  forcedSites: [],
  marks: 'first',
  hiddenTypes: [],
  markWorld: false,
  wholePage: false,
  siteOverrides: {},
});

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback;

const hostList = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && isValidSite(x)).map(normalizeSite))] : [];

/** Settings from untrusted stored values: every field valid, unknown keys dropped. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    uiLang: oneOf(['auto', 'fr', 'en'] as const, r.uiLang, DEFAULT_SETTINGS.uiLang),
    koreanStyle: oneOf(KOREAN_STYLE_IDS, r.koreanStyle, DEFAULT_SETTINGS.koreanStyle),
    russianStyle: oneOf(RUSSIAN_STYLE_IDS, r.russianStyle, DEFAULT_SETTINGS.russianStyle),
    highlight: oneOf(HIGHLIGHT_MODES, r.highlight, DEFAULT_SETTINGS.highlight),
    rewrite: typeof r.rewrite === 'boolean' ? r.rewrite : DEFAULT_SETTINGS.rewrite,
    disabledSites: hostList(r.disabledSites),
    forcedSites: hostList(r.forcedSites),
    marks: oneOf(MARK_SCOPES, r.marks, DEFAULT_SETTINGS.marks),
    hiddenTypes: Array.isArray(r.hiddenTypes) ? MARK_TYPES.filter((t) => (r.hiddenTypes as unknown[]).includes(t)) : [],
    markWorld: typeof r.markWorld === 'boolean' ? r.markWorld : DEFAULT_SETTINGS.markWorld,
    wholePage: typeof r.wholePage === 'boolean' ? r.wholePage : DEFAULT_SETTINGS.wholePage,
    siteOverrides: siteOverrides(r.siteOverrides),
  };
}

/** Per-site overrides from untrusted values: valid hostnames, valid fields, empty ones dropped. */
function siteOverrides(v: unknown): Record<string, SiteOverride> {
  const out: Record<string, SiteOverride> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [host, raw] of Object.entries(v as Record<string, unknown>)) {
    if (!isValidSite(host) || !raw || typeof raw !== 'object') continue;
    const o = raw as Record<string, unknown>;
    const one: SiteOverride = {
      ...(typeof o.marks === 'string' && (MARK_SCOPES as readonly string[]).includes(o.marks) ? { marks: o.marks as MarkScope } : {}),
      ...(typeof o.wholePage === 'boolean' ? { wholePage: o.wholePage } : {}),
    };
    if (Object.keys(one).length > 0) out[normalizeSite(host)] = one;
  }
  return out;
}

/** The override that applies to `host`: its own, or its parent domain's (news.example.com under example.com). */
export function siteOverrideFor(settings: Settings, host: string): SiteOverride {
  const h = normalizeSite(host);
  const match = Object.keys(settings.siteOverrides)
    .filter((site) => h === site || h.endsWith(`.${site}`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? settings.siteOverrides[match]! : {};
}

/** What is marked on `host`: the global choices, with the site's own over them. */
export function markPrefsFor(settings: Settings, host: string): MarkPrefs {
  const o = siteOverrideFor(settings, host);
  return { scope: o.marks ?? settings.marks, hiddenTypes: settings.hiddenTypes, world: settings.markWorld };
}

/** Whether Glose reads the whole of a page on `host`, or only its article body. */
export function readsWholePage(settings: Settings, host: string): boolean {
  return siteOverrideFor(settings, host).wholePage ?? settings.wholePage;
}

/** Only the fields that differ from the defaults: what gets stored. */
export function diffFromDefaults(s: Settings): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (JSON.stringify(s[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) (out as Record<string, unknown>)[key] = s[key];
  }
  return out;
}

/** A hostname as stored: lower case, no leading "www.", no port. */
export function normalizeSite(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '');
}

export function isValidSite(host: string): boolean {
  const h = normalizeSite(host);
  return h.length > 0 && h.length <= 253 && /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)*|\d{1,3}(\.\d{1,3}){3})$/.test(h);
}

/** Is Glose off for this host? A setting for example.com also covers news.example.com. */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = normalizeSite(host);
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}

export function isSiteForced(settings: Settings, host: string): boolean {
  const h = normalizeSite(host);
  return settings.forcedSites.some((site) => h === site || h.endsWith(`.${site}`));
}

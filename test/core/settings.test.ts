import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, diffFromDefaults, isSiteDisabled, isValidSite, markPrefsFor, normalizeSettings, normalizeSite, readsWholePage } from '../../src/core/settings.ts';

describe('settings', () => {
  it('falls back to defaults for anything invalid and drops unknown keys', () => {
    const s = normalizeSettings({ uiLang: 'de', koreanStyle: 'mr', russianStyle: 42, highlight: 'background', rewrite: 'yes', disabledSites: ['Example.com', 'bad site', 3], extra: true });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, koreanStyle: 'mr', highlight: 'background', disabledSites: ['example.com'] });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('stores only what differs from the defaults', () => {
    expect(diffFromDefaults(DEFAULT_SETTINGS)).toEqual({});
    expect(diffFromDefaults({ ...DEFAULT_SETTINGS, koreanStyle: 'dprk', disabledSites: ['a.fr'] })).toEqual({ koreanStyle: 'dprk', disabledSites: ['a.fr'] });
  });

  it('turns a site off with its subdomains', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['lemonde.fr'] };
    expect(isSiteDisabled(s, 'www.lemonde.fr')).toBe(true);
    expect(isSiteDisabled(s, 'abonnes.lemonde.fr')).toBe(true);
    expect(isSiteDisabled(s, 'notlemonde.fr')).toBe(false);
  });

  it('validates and normalises site names', () => {
    expect(normalizeSite(' WWW.Example.COM:8080 ')).toBe('example.com');
    expect(isValidSite('127.0.0.1')).toBe(true);
    expect(isValidSite('localhost')).toBe(true);
    for (const bad of ['', 'a b', 'http://x.fr', 'x/y']) expect(isValidSite(bad)).toBe(false);
  });

  it('reads how much is marked: first per section by default, world entries off, per-type toggles', () => {
    expect(markPrefsFor(DEFAULT_SETTINGS, 'lemonde.fr')).toEqual({ scope: 'first', hiddenTypes: [], world: false });
    const s = normalizeSettings({ marks: 'every', hiddenTypes: ['place', 'unknown', 'nonsense', 3], markWorld: true });
    expect(markPrefsFor(s, 'lemonde.fr')).toEqual({ scope: 'every', hiddenTypes: ['place', 'unknown'], world: true });
    expect(normalizeSettings({ marks: 'some' }).marks).toBe('first');
  });

  it('lets a site override how much is marked and where, with its subdomains', () => {
    const s = normalizeSettings({ marks: 'every', siteOverrides: { 'lemonde.fr': { marks: 'page', wholePage: true, junk: 1 }, 'bad site': { marks: 'page' }, 'x.fr': { marks: 'nope' } } });
    expect(s.siteOverrides).toEqual({ 'lemonde.fr': { marks: 'page', wholePage: true } });
    expect(markPrefsFor(s, 'www.lemonde.fr').scope).toBe('page');
    expect(markPrefsFor(s, 'abonnes.lemonde.fr').scope).toBe('page');
    expect(markPrefsFor(s, 'liberation.fr').scope).toBe('every');
    expect(readsWholePage(s, 'lemonde.fr')).toBe(true);
    expect(readsWholePage(s, 'liberation.fr')).toBe(false);
    expect(diffFromDefaults(s)).toEqual({ marks: 'every', siteOverrides: { 'lemonde.fr': { marks: 'page', wholePage: true } } });
  });
});

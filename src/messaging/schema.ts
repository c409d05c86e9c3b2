/**
 * A tiny schema module for message payloads: each shape is written once, as a predicate that
 * checks untrusted input, and its TypeScript type follows from it (`Infer`). Small on purpose —
 * the content script carries the checks of the messages it receives, and its start-up bundle
 * has a 20 KB budget (a general schema library costs several KB there). Objects may carry more
 * keys than their schema lists, as before: handlers read only the listed ones.
 */
export type Schema<T> = ((value: unknown) => boolean) & {
  /** Never set: carries the type for `Infer`. */
  readonly type?: T;
};

export type Infer<S> = S extends Schema<infer T> ? T : never;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string of `min` to `max` characters, matching `pattern` when given. */
/* #__NO_SIDE_EFFECTS__ */
export const string =
  (max = Infinity, min = 0, pattern?: RegExp): Schema<string> =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!pattern || pattern.test(v));

/** A finite number; an integer from `min` to `max` with `integer`. */
/* #__NO_SIDE_EFFECTS__ */
export const number =
  (options: { integer?: boolean; min?: number; max?: number } = {}): Schema<number> =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && (!options.integer || Number.isInteger(v)) && v >= (options.min ?? -Infinity) && v <= (options.max ?? Infinity);

export const boolean: Schema<boolean> = (v) => typeof v === 'boolean';

/* #__NO_SIDE_EFFECTS__ */
export const literal =
  <const L extends ReadonlyArray<string | number | boolean | null>>(...values: L): Schema<L[number]> =>
  (v) =>
    values.includes(v as L[number]);

/* #__NO_SIDE_EFFECTS__ */
export const optional =
  <T>(s: Schema<T>): Schema<T | undefined> =>
  (v) =>
    v === undefined || s(v);

/* #__NO_SIDE_EFFECTS__ */
export const nullable =
  <T>(s: Schema<T>): Schema<T | null> =>
  (v) =>
    v === null || s(v);

/* #__NO_SIDE_EFFECTS__ */
export const array =
  <T>(item: Schema<T>, max = Infinity): Schema<T[]> =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(item);

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
export type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> };

/** An object with these fields (optional ones may be absent); `{}` is "any object" (no payload). */
/* #__NO_SIDE_EFFECTS__ */
export const object =
  <S extends Shape>(shape: S): Schema<{ [K in keyof ObjectOf<S>]: ObjectOf<S>[K] }> =>
  (v) =>
    isRecord(v) && Object.keys(shape).every((k) => shape[k]!(v[k]));

/** Also checks `rule` once the shape holds (a rule across fields). */
/* #__NO_SIDE_EFFECTS__ */
export const refine =
  <T>(s: Schema<T>, rule: (value: T) => boolean): Schema<T> =>
  (v) =>
    s(v) && rule(v as T);

/**
 * Checks what `s` checks, typed as `T`, which says more: the rest is checked where it is used
 * (a glossary entry by the core checker, settings by normalizeSettings) or only displayed.
 */
/* #__NO_SIDE_EFFECTS__ */
export const typed = <T>(s: Schema<unknown>): Schema<T> => s as Schema<T>;

/** The request carries nothing. */
export const empty = object({}) as Schema<Record<string, never>>;

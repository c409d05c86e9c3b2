/**
 * Entity types, one row each: the key the glossary data uses, and the colour its names are
 * painted in on pages (underline and background modes, and the fallback painter). Their labels
 * are the UI strings `type<Key>` and `type<Key>Plural` in both _locales (typeLabelKey). Adding an
 * entity type is one row here plus those translations; the highlight CSS, the card, the panel's
 * groups and the options form follow from the table.
 *
 * Colours are semi-transparent so that they stay readable on light and dark pages.
 */
export interface Paint {
  /** "R,G,B". */
  rgb: string;
  /** Opacity of the underline (and of the fallback painter's line). */
  underline: number;
  /** Opacity of the background mode. */
  background: number;
  line?: 'dotted' | 'wavy';
}

export const ENTITY_TYPES = {
  person: { rgb: '37,99,235', underline: 0.85, background: 0.18 },
  place: { rgb: '5,150,105', underline: 0.85, background: 0.18 },
  organisation: { rgb: '124,58,237', underline: 0.85, background: 0.18 },
  media: { rgb: '219,39,119', underline: 0.8, background: 0.16 },
  brand: { rgb: '217,119,6', underline: 0.9, background: 0.2 },
  event: { rgb: '220,38,38', underline: 0.8, background: 0.16 },
  term: { rgb: '100,116,139', underline: 0.9, background: 0.2 },
} as const satisfies Record<string, Paint>;

/** How a mention is painted when how it was found matters more than its entity's type. */
export const MATCH_PAINTS = {
  /** A role phrase standing for its holder (« le chef du Kremlin »). */
  description: { rgb: '100,116,139', underline: 0.9, background: 0.14, line: 'dotted' },
  /** A misspelt name: flagged whatever its type. */
  misspelling: { rgb: '234,88,12', underline: 0.95, background: 0.22, line: 'wavy' },
  /** A Korean- or Russian-shaped name without an entry (issue 27): lighter than any entry's. */
  unknown: { rgb: '100,116,139', underline: 0.5, background: 0.08, line: 'dotted' },
} as const satisfies Record<string, Paint>;

/** The name the keyboard moved to (Alt+Shift+N). */
export const FOCUS_PAINT = { rgb: '250,204,21', underline: 0.9, background: 0.55 } as const satisfies Paint;

export type EntityType = keyof typeof ENTITY_TYPES;

/** The UI string key of a type's label: `typePerson`, or `typePersonPlural` for a group. */
export const typeLabelKey = (type: EntityType, plural = false): string => `type${type[0]!.toUpperCase()}${type.slice(1)}${plural ? 'Plural' : ''}`;

/** Every paint by highlight style name (entity types and match kinds), for painters. */
export const PAINTS: Record<EntityType | keyof typeof MATCH_PAINTS, Paint> = { ...ENTITY_TYPES, ...MATCH_PAINTS };

export const rgba = (paint: Paint, opacity: number): string => `rgba(${paint.rgb},${opacity})`;

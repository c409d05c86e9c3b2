/**
 * Problems as codes, never as sentences: core reports what is wrong (a code from the table
 * below) and where (line, column, entry, field), with the values a message needs; each page
 * words it in the reader's language through the UI strings tables (`problem_<code>` in
 * _locales/fr and _locales/en), and the CLI words the same codes through the English table.
 * So no English sentence written in core can reach a French page.
 */
import type { Translate } from './i18n.ts';
import type { Formatter } from './format.ts';

/** Every problem core and the extension report; each has `problem_<code>` in both tables (test/locales.test.ts). */
export const PROBLEM_CODES = [
  // A file as a whole
  'emptyFile', 'entryNotObject', 'notJson', 'fileTooLarge', 'fileTooLong', 'badUtf8', 'tooDeep', 'unreadable', 'notGlossary', 'tooManyEntries', 'badVersion',
  'unclosedQuote', 'unknownColumn', 'missingColumn', 'tooManyCells',
  'noHeader', 'lineTooLong', 'lineNotObject', 'sourceTwice', 'tooManySources',
  // A field of an entry or of a corpus line
  'required', 'missing', 'unknownField', 'notText', 'textOrNull', 'empty', 'tooLong', 'controlChars', 'mixedScripts',
  'notList', 'notTextList', 'tooManyItems', 'notObject', 'shape', 'listOfShape', 'oneOf', 'notBoolean',
  'badId', 'badListId', 'badDate', 'namesObject', 'descriptionsObject', 'hangulRequired', 'cyrillicRequired', 'notPressKey',
  'duplicateId', 'twiceInFile', 'idInTwoFiles', 'unknownEntry', 'selfRelated', 'sharedSpelling', 'notIdList', 'notBuiltin',
  'officeIdTaken', 'aliasesRequired', 'beforeFrom', 'unknownOffice', 'twoHolders', 'vacantOffice',
  'unknownList', 'listIncomplete', 'copiedDescription',
  'badSourceId', 'badUrl', 'badDay', 'badDateTime', 'badHash', 'badParagraph', 'tooManyChars', 'hashMismatch', 'idMismatch',
  'sourceIdMismatch', 'badParagraphIndex', 'badOffsets', 'surfaceMismatch',
  // Ingesting an article
  'badIngestTime', 'noText', 'tooManyParagraphs', 'paragraphTooLong', 'articleTooLong',
  // The extension's storage and messages
  'storageQuota', 'storageDisk', 'storageClosed', 'storageAborted', 'storageOther', 'importInterrupted', 'importFailed', 'exportExpired',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A value a message needs: text and numbers as they are, sizes in bytes formatted in the reader's locale. */
export type ProblemValue = string | number | { bytes: number };

export interface Problem {
  code: ProblemCode;
  /** 1-based line of the file. */
  line?: number;
  /** 1-based column (character) within the line. */
  column?: number;
  entryId?: string;
  /** The field (JSON path such as `names.en`, or a CSV column name): the file's own vocabulary, shown as is. */
  field?: string;
  values?: readonly ProblemValue[];
}

export function problem(code: ProblemCode, values?: readonly ProblemValue[], where: Omit<Problem, 'code' | 'values'> = {}): Problem {
  return { ...where, code, ...(values && values.length ? { values } : {}) };
}

/** What is wrong, in the reader's language. */
export function problemText(p: Problem, t: Translate, format?: Formatter): string {
  const values = (p.values ?? []).map((v) => (typeof v === 'object' ? (format ? format.bytes(v.bytes) : String(v.bytes)) : typeof v === 'number' && format ? format.number(v) : v));
  return t(`problem_${p.code}`, ...values);
}

/** « ligne 2, colonne 27 », or null for the file as a whole. */
export function problemLine(p: Problem, t: Translate): string | null {
  return p.line ? (p.column ? t('problemLineColumn', p.line, p.column) : t('problemLine', p.line)) : null;
}

/** Where it is: « ligne 2, colonne 27 · kim-jong-un · names.en », empty for the file as a whole. */
export function problemPlace(p: Problem, t: Translate): string {
  return [problemLine(p, t), p.entryId, p.field].filter(Boolean).join(' · ');
}

/** The whole problem on one line: « place — what », or « What » alone (a sentence, so capitalised). */
export function describeProblem(p: Problem, t: Translate, format?: Formatter): string {
  const place = problemPlace(p, t);
  const text = problemText(p, t, format);
  return place ? `${place} — ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A refused import or save, worded in the reader's language: each problem comes as a code with
 * its line, column, entry and field (core/problems.ts) and is worded here through the UI
 * strings; an import refusal ends by saying nothing was kept. Entry ids and field names are the
 * file's own words, shown as code in no language (`lang="zxx"`, BCP 47), so that a screen reader
 * does not read « names.en » as French.
 */
import { Fragment } from 'preact';
import type { Translate } from '../core/i18n.ts';
import type { Formatter } from '../core/format.ts';
import { problemLine, problemText, type Problem } from '../core/problems.ts';

function Place({ p, t }: { p: Problem; t: Translate }) {
  const parts = [problemLine(p, t), p.entryId ? <code lang="zxx">{p.entryId}</code> : null, p.field ? <code lang="zxx">{p.field}</code> : null].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? ' · ' : ''}
          {part}
        </Fragment>
      ))}
      {' — '}
    </>
  );
}

export function ProblemList({ problems, title, t, format, nothingKept }: { problems: readonly Problem[]; title: string; t: Translate; format: Formatter; nothingKept: boolean }) {
  return (
    <div class="error" role="alert" data-errors>
      <p>{title}</p>
      <ul>
        {problems.slice(0, 50).map((p, i) => {
          const text = problemText(p, t, format);
          const place = problemLine(p, t) || p.entryId || p.field;
          return (
            <li key={i} data-problem={p.code}>
              <Place p={p} t={t} />
              {/* Alone, the problem is a sentence: capitalised. */}
              {place ? text : text.charAt(0).toUpperCase() + text.slice(1)}
            </li>
          );
        })}
      </ul>
      {nothingKept && <p>{t('importNothingKept')}</p>}
    </div>
  );
}

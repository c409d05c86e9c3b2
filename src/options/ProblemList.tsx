/**
 * A refused import or save, worded in the reader's language: each problem comes as a code with
 * its line, column, entry and field (core/problems.ts) and is worded here through the UI
 * strings; an import refusal ends by saying nothing was kept.
 */
import type { Translate } from '../core/i18n.ts';
import type { Formatter } from '../core/format.ts';
import { describeProblem, type Problem } from '../core/problems.ts';

export function ProblemList({ problems, title, t, format, nothingKept }: { problems: readonly Problem[]; title: string; t: Translate; format: Formatter; nothingKept: boolean }) {
  return (
    <div class="error" role="alert" data-errors>
      <p>{title}</p>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          <li key={i} data-problem={p.code}>
            {describeProblem(p, t, format)}
          </li>
        ))}
      </ul>
      {nothingKept && <p>{t('importNothingKept')}</p>}
    </div>
  );
}

/**
 * Navigation inside the panel: a stack of views with back and forward, mirrored in the URL
 * (`?entry=<id>`, `?q=<query>`, keeping `?tab=`), so deep links open the right view and a
 * reload keeps it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

export type View = { kind: 'page' } | { kind: 'entry'; id: string } | { kind: 'search'; query: string };

function viewFromUrl(): View {
  const params = new URLSearchParams(location.search);
  const entry = params.get('entry');
  if (entry && /^[a-z0-9-]{1,200}$/.test(entry)) return { kind: 'entry', id: entry };
  const q = params.get('q');
  if (q !== null) return { kind: 'search', query: q.slice(0, 200) };
  return { kind: 'page' };
}

function writeUrl(view: View): void {
  const params = new URLSearchParams(location.search);
  params.delete('entry');
  params.delete('q');
  if (view.kind === 'entry') params.set('entry', view.id);
  if (view.kind === 'search') params.set('q', view.query);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

export interface Navigation {
  view: View;
  go: (view: View) => void;
  /** Replace the current view (typing in the search box should not stack one view per key). */
  replace: (view: View) => void;
  back: () => void;
  forward: () => void;
  canBack: boolean;
  canForward: boolean;
}

export function useNavigation(): Navigation {
  const [state, setState] = useState(() => ({ stack: [viewFromUrl()], index: 0 }));
  const view = state.stack[state.index]!;
  useEffect(() => writeUrl(view), [view]);
  const go = useCallback((next: View) => {
    setState((s) => {
      const current = s.stack[s.index]!;
      if (JSON.stringify(current) === JSON.stringify(next)) return s;
      const stack = [...s.stack.slice(0, s.index + 1), next].slice(-50);
      return { stack, index: stack.length - 1 };
    });
  }, []);
  const replace = useCallback((next: View) => {
    setState((s) => ({ stack: s.stack.map((v, i) => (i === s.index ? next : v)), index: s.index }));
  }, []);
  const back = useCallback(() => setState((s) => (s.index > 0 ? { ...s, index: s.index - 1 } : s)), []);
  const forward = useCallback(() => setState((s) => (s.index < s.stack.length - 1 ? { ...s, index: s.index + 1 } : s)), []);
  return { view, go, replace, back, forward, canBack: state.index > 0, canForward: state.index < state.stack.length - 1 };
}

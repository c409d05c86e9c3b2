/** The core service's ports in memory, counting reads and writes so tests can see what crossed them. */
import type { AppPorts } from '../../../src/core/app/ports.ts';
import { createMemoryStore } from '../../../src/core/corpus/memory-store.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import type { UserGlossary } from '../../../src/core/glossary/user-entries.ts';

export function fakePorts(builtin: readonly GlossaryEntry[], stored: { settings?: unknown; user?: UserGlossary } = {}) {
  const state = { settings: stored.settings, user: stored.user as unknown, settingsReads: 0, userReads: 0, time: 1_700_000_000_000 };
  const ports: AppPorts = {
    settings: {
      read: async () => {
        state.settingsReads++;
        return structuredClone(state.settings);
      },
      write: async (changed) => {
        state.settings = structuredClone(changed);
      },
    },
    glossary: {
      builtin,
      readUser: async () => {
        state.userReads++;
        return structuredClone(state.user);
      },
      writeUser: async (user) => {
        state.user = structuredClone(user);
      },
    },
    corpus: createMemoryStore(),
    clock: { now: () => state.time },
  };
  return { ports, state };
}

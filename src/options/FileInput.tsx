/**
 * A labelled file picker for the imports (corpus, the reader's entries): hands the chosen file
 * over, then clears itself so that picking the same file again imports it again.
 */
import type { ComponentChildren } from 'preact';

export function FileInput({ label, accept, action, onFile }: { label: ComponentChildren; accept: string; action: string; onFile: (file: File) => void }) {
  return (
    <label class="file">
      {label}
      <input
        type="file"
        data-action={action}
        accept={accept}
        onChange={(e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (file) onFile(file);
          (e.currentTarget as HTMLInputElement).value = '';
        }}
      />
    </label>
  );
}

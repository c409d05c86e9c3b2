/**
 * A database connection that comes back. IndexedDB closes a connection on its own when the
 * disk fails or fills (Chromium: "Failed to write blobs (IOError)", then every request fails
 * with "The database connection is closing"), when the profile's storage is cleared, or when
 * another context upgrades the schema (versionchange). A connection cached for the life of
 * the worker would then fail every request until the browser restarts. So: the connection is
 * dropped whenever it closes or a request fails because of it, reopened on the next use, and
 * the failed request is run once more on the fresh connection. Requests are transactions, so
 * running one again never doubles a write: the first attempt committed nothing.
 */

/** Errors that say the connection (not the request) is gone or broken. */
export function isConnectionError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  return (
    name === 'InvalidStateError' ||
    name === 'UnknownError' ||
    name === 'TransactionInactiveError' ||
    /connection is clos|database.*clos|IOError|backing store/i.test(message)
  );
}

export interface Connection {
  close(): void;
}

export class Reconnecting<D extends Connection> {
  private current: Promise<D> | null = null;

  /** `open` receives `lost`, to call when the browser closes the connection on its own. */
  constructor(private readonly open: (lost: () => void) => Promise<D>) {}

  /** The open connection, opening it if need be; a failed open is not kept. */
  get(): Promise<D> {
    if (!this.current) {
      const opening = this.open(() => this.drop(opening)).catch((error: unknown) => {
        if (this.current === opening) this.current = null;
        throw error;
      });
      this.current = opening;
    }
    return this.current;
  }

  /** Forgets (and closes) a connection, so that the next use opens a new one. */
  drop(which: Promise<D> | null = this.current): void {
    if (!which || this.current !== which) return;
    this.current = null;
    void which.then((d) => d.close()).catch(() => undefined);
  }

  /** Runs a request; if the connection failed it, reopens and runs it once more. */
  async run<T>(request: (db: D) => Promise<T>): Promise<T> {
    const first = this.get();
    try {
      return await request(await first);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      this.drop(first);
      return request(await this.get());
    }
  }
}

import { describe, expect, it, vi } from 'vitest';
import { isConnectionError, Reconnecting } from '../../../src/background/corpus/reconnect.ts';

const closing = () => Object.assign(new Error('The database connection is closing.'), { name: 'InvalidStateError' });

function fakeDb(n: number) {
  return { n, closed: false, close() { this.closed = true; } };
}

describe('a connection that comes back', () => {
  it('opens once and reuses the connection', async () => {
    let opened = 0;
    const conn = new Reconnecting(async () => fakeDb(++opened));
    expect(await conn.run(async (db) => db.n)).toBe(1);
    expect(await conn.run(async (db) => db.n)).toBe(1);
    expect(opened).toBe(1);
  });

  it('reopens after the connection closed under it, and runs the failed request once more', async () => {
    let opened = 0;
    const conn = new Reconnecting(async () => fakeDb(++opened));
    const request = vi.fn(async (db: { n: number }) => {
      if (db.n === 1) throw closing();
      return `answered on connection ${db.n}`;
    });
    await expect(conn.run(request)).resolves.toBe('answered on connection 2');
    expect(request).toHaveBeenCalledTimes(2);
    // And later requests use the new connection.
    expect(await conn.run(async (db) => db.n)).toBe(2);
  });

  it('tries only once more: a disk that keeps failing gives its error', async () => {
    let opened = 0;
    const conn = new Reconnecting(async () => fakeDb(++opened));
    const ioError = Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'UnknownError' });
    const request = vi.fn(async () => {
      throw ioError;
    });
    await expect(conn.run(request)).rejects.toBe(ioError);
    expect(request).toHaveBeenCalledTimes(2);
    expect(opened).toBe(2);
  });

  it('does not retry errors of the request itself (a quota, bad data)', async () => {
    let opened = 0;
    const conn = new Reconnecting(async () => fakeDb(++opened));
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const request = vi.fn(async () => {
      throw quota;
    });
    await expect(conn.run(request)).rejects.toBe(quota);
    expect(request).toHaveBeenCalledTimes(1);
    expect(opened).toBe(1);
  });

  it('does not keep a failed open, and forgets a connection the browser closed', async () => {
    let opened = 0;
    let lost: () => void = () => undefined;
    const conn = new Reconnecting(async (onLost) => {
      opened++;
      if (opened === 1) throw Object.assign(new Error('backing store'), { name: 'UnknownError' });
      lost = onLost;
      return fakeDb(opened);
    });
    await expect(conn.get()).rejects.toThrow('backing store');
    const second = await conn.get();
    expect(second.n).toBe(2);
    lost();
    await new Promise((r) => setTimeout(r, 0));
    expect(second.closed).toBe(true);
    expect((await conn.get()).n).toBe(3);
  });

  it('tells connection errors from request errors', () => {
    expect(isConnectionError(closing())).toBe(true);
    expect(isConnectionError(Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'UnknownError' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('x'), { name: 'DataCloneError' }))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});

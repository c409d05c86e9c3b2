import { describe, expect, it, vi } from 'vitest';
import { createRouter, isEnvelope } from '../../src/messaging/router.ts';

type Map = { 'a/echo': { req: { text: string }; res: string }; 'a/add': { req: { x: number; y: number }; res: number } };

const handlers = { 'a/echo': vi.fn(({ text }: { text: string }) => text.toUpperCase()), 'a/add': vi.fn(async ({ x, y }: { x: number; y: number }) => x + y) };
const route = createRouter<Map, unknown>(handlers, {
  'a/echo': (p) => typeof (p as { text?: unknown })?.text === 'string',
  'a/add': (p) => typeof (p as { x?: unknown }).x === 'number' && typeof (p as { y?: unknown }).y === 'number',
});

describe('message router', () => {
  it('answers known messages with their handler', async () => {
    await expect(route({ type: 'a/echo', payload: { text: 'kim' } }, {})).resolves.toBe('KIM');
    await expect(route({ type: 'a/add', payload: { x: 2, y: 3 } }, {})).resolves.toBe(5);
  });

  it.each([
    ['an unknown type', { type: 'a/unknown', payload: {} }],
    ['a prototype key', { type: 'toString', payload: {} }],
    ['no payload', { type: 'a/echo' }],
    ['a payload its validator refuses', { type: 'a/echo', payload: { text: 42 } }],
    ['not an object', 'a/echo'],
    ['null', null],
  ])('drops %s without calling a handler', (_, message) => {
    handlers['a/echo'].mockClear();
    expect(route(message, {})).toBeUndefined();
    expect(handlers['a/echo']).not.toHaveBeenCalled();
  });

  it('recognises envelopes', () => {
    expect(isEnvelope({ type: 'x', payload: 1 })).toBe(true);
    expect(isEnvelope({ type: 1, payload: 1 })).toBe(false);
  });

  it('calls the handler at once (a click’s user gesture must still count), and turns its throw into a rejection', async () => {
    const calls: string[] = [];
    const sync = createRouter<{ 'a/now': { req: Record<string, never>; res: string } }, unknown>(
      { 'a/now': () => { calls.push('handler'); return 'done'; } },
      { 'a/now': () => true },
    );
    const answer = sync({ type: 'a/now', payload: {} }, {});
    calls.push('after route');
    expect(calls).toEqual(['handler', 'after route']);
    await expect(answer).resolves.toBe('done');
    const throwing = createRouter<{ 'a/bad': { req: Record<string, never>; res: string } }, unknown>(
      { 'a/bad': () => { throw new Error('broken'); } },
      { 'a/bad': () => true },
    );
    await expect(throwing({ type: 'a/bad', payload: {} }, {})).rejects.toThrow('broken');
  });
});

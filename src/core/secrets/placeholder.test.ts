import { expect, it } from 'vitest';
import { isPlaceholder } from './placeholder.js';

it('tells placeholders and documented examples from real tokens', () => {
  for (const p of [
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'YourApiKeyHere',
    'your_api_key',
    'CHANGE_ME',
    'changeme',
    'xxxxxxxxxxxx',
    'sk_live_****',
    '<your-token>',
    '${TOKEN}',
    '{{ secrets.X }}',
    'ExampleToken123',
    'dummy-token-1234',
    'insert_your_key',
  ])
    expect(isPlaceholder(p), p).toBe(true);
  for (const r of ['q8dUmMyZ3kLmN0pQrStUvWx', 'aB3tOdOqwe9ZkLmN0pQrStU', 'Zk9fIxMeQ2LmN0pQrStUvWxYz'])
    expect(isPlaceholder(r), r).toBe(false);
});

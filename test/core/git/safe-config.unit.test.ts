import { describe, expect, test } from '@jest/globals';
import {
  configEnv,
  driverOverrides,
  safeGitEnv,
  SAFE_GIT_CONFIG,
} from '../../../src/core/git/safe-config.js';

describe('driverOverrides', () => {
  test('empties every filter, diff and merge driver found, whatever its name', () => {
    const names = [
      'filter.lfs.clean',
      'filter.a.b.process',
      'diff.Evil.textconv',
      'MERGE.x.driver',
      'core.fsmonitor',
      '',
    ].join('\n');
    expect(new Map(driverOverrides(names))).toEqual(
      new Map([
        ['filter.lfs.clean', ''],
        ['filter.lfs.smudge', ''],
        ['filter.lfs.process', ''],
        ['filter.lfs.required', 'false'],
        ['filter.a.b.clean', ''],
        ['filter.a.b.smudge', ''],
        ['filter.a.b.process', ''],
        ['filter.a.b.required', 'false'],
        ['diff.Evil.textconv', ''],
        ['diff.Evil.command', ''],
        ['merge.x.driver', 'false'],
      ]),
    );
  });

  test('finds nothing in an empty listing', () => {
    expect(driverOverrides('')).toEqual([]);
  });
});

describe('safeGitEnv', () => {
  test('passes config through GIT_CONFIG_COUNT, after the fixed overrides, and allows only the given transports', () => {
    const env = safeGitEnv({
      path: '/bin',
      home: '/h',
      protocols: ['file', 'https'],
      config: [['http.https://x/.extraheader', 'AUTHORIZATION: basic abc']],
    });
    expect(env.GIT_ALLOW_PROTOCOL).toBe('file:https');
    expect(env.GIT_CONFIG_COUNT).toBe(String(SAFE_GIT_CONFIG.length + 1));
    expect(env[`GIT_CONFIG_KEY_${SAFE_GIT_CONFIG.length}`]).toBe('http.https://x/.extraheader');
    expect(env.GIT_CONFIG_KEY_0).toBe(SAFE_GIT_CONFIG[0]?.[0]);
    expect(Object.keys(env).some((k) => k === 'GIT_DIR' || k === 'GIT_CONFIG_PARAMETERS')).toBe(
      false,
    );
    expect(new Map(SAFE_GIT_CONFIG).get('core.hooksPath')).toBe('/dev/null');
  });

  test('configEnv numbers keys and values from zero', () => {
    expect(configEnv([['a.b', '1']])).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'a.b',
      GIT_CONFIG_VALUE_0: '1',
    });
  });
});

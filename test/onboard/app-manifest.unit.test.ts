import { describe, expect, test } from '@jest/globals';
import {
  appManifest,
  installUrl,
  manifestPage,
  newAppUrl,
  SUITE_APP_PERMISSIONS,
} from '../../src/onboard/app-manifest.js';

describe('the App manifest', () => {
  test('asks for exactly what the suite needs: no workflows, no webhook, no events', () => {
    const m = appManifest({
      name: 'x',
      homepage: 'https://github.com/o/r',
      redirectUrl: 'http://127.0.0.1:1/callback',
    });
    expect(m.default_permissions).toEqual({
      contents: 'write',
      issues: 'write',
      pull_requests: 'write',
      checks: 'write',
      metadata: 'read',
    });
    expect(Object.keys(SUITE_APP_PERMISSIONS)).not.toContain('workflows');
    expect(m.hook_attributes.active).toBe(false);
    expect(m.default_events).toEqual([]);
    expect(m.public).toBe(false);
  });

  test('posts to the account or the organization page, the state in the query', () => {
    expect(newAppUrl('https://github.com/', null, 'abc')).toBe(
      'https://github.com/settings/apps/new?state=abc',
    );
    expect(newAppUrl('https://ghe.example.com', 'my org', 'abc')).toBe(
      'https://ghe.example.com/organizations/my%20org/settings/apps/new?state=abc',
    );
    expect(installUrl('https://github.com', 'lailatov-o-r')).toBe(
      'https://github.com/apps/lailatov-o-r/installations/new',
    );
  });

  test('a hostile App name cannot break out of the page', () => {
    const name = '"><script>alert(1)</script>';
    const page = manifestPage(
      'https://github.com/settings/apps/new?state=a&b="c"',
      appManifest({
        name,
        homepage: 'https://github.com/o/r',
        redirectUrl: 'http://127.0.0.1:1/callback',
      }),
    );
    expect(page).not.toContain(name);
    expect(page.match(/<script>/g)).toHaveLength(1); // the page's own submit script
    expect(page).toContain(
      'action="https://github.com/settings/apps/new?state=a&#38;b=&#34;c&#34;"',
    );
  });
});

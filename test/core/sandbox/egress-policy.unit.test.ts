// The egress allowlist: what an entry matches, which entries are refused whatever the config
// says, and which addresses the proxy may connect to.
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import {
  DEFAULT_EGRESS_ALLOW,
  addressScope,
  checkEgress,
  isIpLiteral,
  mayConnectTo,
  parseEgressAllow,
  parseEgressNetwork,
  parseEgressRule,
  readTunnelOpening,
} from '../../../src/core/sandbox/egress-policy.js';

const policyOf = (...entries: string[]) => ({ rules: parseEgressAllow(entries, 'allow') });
const allowed = (entries: string[], host: string, port = 443) =>
  checkEgress(policyOf(...entries), host, port).allowed;

/** What `fn` throws, which must be a UserError. */
function errorOf(fn: () => unknown): UserError {
  let thrown: unknown;
  expect(() => {
    try {
      fn();
    } catch (e) {
      thrown = e;
      throw e;
    }
  }).toThrow(UserError);
  return thrown as UserError;
}

describe('egress rules: matching', () => {
  it('matches an exact name on 443 and 80 only, case and trailing dot aside', () => {
    expect(allowed(['registry.npmjs.org'], 'registry.npmjs.org')).toBe(true);
    expect(allowed(['registry.npmjs.org'], 'REGISTRY.npmjs.org.', 80)).toBe(true);
    expect(allowed(['registry.npmjs.org'], 'registry.npmjs.org', 22)).toBe(false);
    expect(allowed(['registry.npmjs.org'], 'npmjs.org')).toBe(false);
    expect(allowed(['registry.npmjs.org'], 'x.registry.npmjs.org')).toBe(false);
    expect(allowed(['registry.npmjs.org'], 'registry.npmjs.org.evil.com')).toBe(false);
  });

  it('a leading *. matches subdomains at any depth, never the apex or a lookalike', () => {
    const rules = ['*.pythonhosted.org'];
    expect(allowed(rules, 'files.pythonhosted.org')).toBe(true);
    expect(allowed(rules, 'a.b.pythonhosted.org')).toBe(true);
    expect(allowed(rules, 'pythonhosted.org')).toBe(false);
    expect(allowed(rules, 'evilpythonhosted.org')).toBe(false);
    expect(allowed([...rules, 'pythonhosted.org'], 'pythonhosted.org')).toBe(true);
  });

  it('an explicit :port allows that port only, and the refusal names the entry to add', () => {
    expect(allowed(['git.example.org:8443'], 'git.example.org', 8443)).toBe(true);
    expect(allowed(['git.example.org:8443'], 'git.example.org', 443)).toBe(false);
    const v = checkEgress(policyOf('registry.npmjs.org'), 'registry.npmjs.org', 8080);
    expect(v).toEqual({
      allowed: false,
      reason: expect.stringContaining('add "registry.npmjs.org:8080" to sandbox.network.allow'),
    });
    const other = checkEgress(policyOf('registry.npmjs.org'), 'evil.example.com', 443);
    expect(other).toEqual({
      allowed: false,
      reason: expect.stringMatching(
        /add "evil\.example\.com" to sandbox\.network\.allow in \.github\/lailatov\.yml/,
      ),
    });
  });

  it('refuses IP literals, local and malformed names at request time, whatever the list holds', () => {
    const p = policyOf('*.example.com');
    for (const host of [
      '127.0.0.1',
      '[::1]',
      '::ffff:127.0.0.1',
      '2130706433',
      '127.1',
      '0x7f.1',
    ]) {
      expect(checkEgress(p, host, 443)).toEqual({
        allowed: false,
        reason: expect.stringContaining('IP address'),
      });
    }
    for (const host of ['.example.com', 'a..example.com', 'a b.example.com', 'x/.example.com']) {
      expect(checkEgress(p, host, 443)).toEqual({
        allowed: false,
        reason: expect.stringContaining('is not a host name'),
      });
    }
    for (const host of ['localhost', 'a.localhost', 'metadata.google.internal', 'printer.local']) {
      expect(checkEgress(p, host, 443).allowed).toBe(false);
    }
  });
});

describe('egress rules: parsing', () => {
  it('reads host, wildcard and port', () => {
    expect(parseEgressRule(' *.Example.COM:8443 ', 'f')).toEqual({
      pattern: '*.example.com:8443',
      domain: 'example.com',
      wildcard: true,
      ports: [8443],
    });
    expect(parseEgressRule('pypi.org', 'f').ports).toEqual([443, 80]);
  });

  it.each([
    ['127.0.0.1', 'IP address'],
    ['10.0.0.5:443', 'IP address'],
    ['169.254.169.254', 'IP address'],
    ['::1', 'IP address'],
    ['fd00:ec2::254', 'IP address'],
    ['2130706433', 'IP address'],
    ['0x7f000001', 'IP address'],
    ['localhost', 'this machine'],
    ['localhost:8080', 'this machine'],
    ['api.localhost', 'this machine'],
    ['metadata.google.internal', 'this machine'],
    ['*.local', 'this machine'],
    ['1.2.3.4.5', 'numeric label'],
    ['*', 'not a valid host name'],
    ['*.com', 'whole top-level domain'],
    ['intranet', 'single-label'],
    ['https://registry.npmjs.org/', 'is a URL'],
    ['a*.example.com', 'not a valid host name'],
    ['-bad.example.com', 'not a valid host name'],
    ['example.com:0', 'port outside'],
    ['example.com:70000', 'port outside'],
    ['example.com:http', 'not a host name with an optional :port'],
  ])('refuses %p (%s), naming the field and the fix', (entry, why) => {
    const e = errorOf(() =>
      parseEgressAllow(['pypi.org', 'crates.io', entry], 'sandbox.network.allow'),
    );
    expect(e.message).toContain('sandbox.network.allow[2]');
    expect(e.message).toContain(why);
    expect(e.message).toContain('.github/lailatov.yml');
  });

  it('refuses a list that is not a list of strings', () => {
    expect(errorOf(() => parseEgressAllow('pypi.org', 'sandbox.network.allow')).message).toContain(
      'sandbox.network.allow: expected a list',
    );
    expect(errorOf(() => parseEgressAllow([42], 'sandbox.network.allow')).message).toContain(
      'sandbox.network.allow[0]: expected a host name string',
    );
  });
});

describe('sandbox.network', () => {
  const patterns = (v: unknown) => parseEgressNetwork(v).rules.map((r) => r.pattern);

  it('defaults to the package registries, which all parse', () => {
    expect(patterns(undefined)).toEqual(DEFAULT_EGRESS_ALLOW);
    expect(patterns({})).toEqual(DEFAULT_EGRESS_ALLOW);
    expect(DEFAULT_EGRESS_ALLOW).toEqual(
      expect.arrayContaining(['registry.npmjs.org', 'pypi.org', 'files.pythonhosted.org']),
    );
  });

  it('allow adds to the defaults; allowOnly replaces them', () => {
    expect(patterns({ allow: ['proxy.golang.org'] })).toEqual([
      ...DEFAULT_EGRESS_ALLOW,
      'proxy.golang.org',
    ]);
    expect(patterns({ allowOnly: ['registry.npmjs.org'] })).toEqual(['registry.npmjs.org']);
    expect(patterns({ allowOnly: [] })).toEqual([]);
  });

  it('names the field of a bad entry, an unknown key, and allow with allowOnly', () => {
    expect(
      errorOf(() => parseEgressNetwork({ allow: ['a.org', 'b.org', '10.1.2.3'] })).message,
    ).toMatch(/^sandbox\.network\.allow\[2\]: "10\.1\.2\.3" is an IP address/);
    expect(errorOf(() => parseEgressNetwork({ allowOnly: ['localhost'] })).message).toContain(
      'sandbox.network.allowOnly[0]',
    );
    expect(errorOf(() => parseEgressNetwork({ alow: [] })).message).toContain(
      'sandbox.network.alow: unknown key',
    );
    expect(errorOf(() => parseEgressNetwork({ allow: [], allowOnly: [] })).message).toContain(
      'not both',
    );
    expect(errorOf(() => parseEgressNetwork(['pypi.org'], 'x.network')).message).toContain(
      'x.network: expected a mapping',
    );
  });
});

describe('addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.100.100.200', 'private'],
    ['fd00:ec2::254', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.0.170', 'reserved'],
    ['2001:0:4136:e378::1', 'reserved'],
    ['203.0.113.7', 'documentation'],
    ['198.18.0.1', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['ff02::1', 'reserved'],
    ['172.32.0.1', 'public'],
    ['104.16.0.35', 'public'],
    ['2606:4700::6810:1', 'public'],
    ['[2606:4700::6810:1]', 'public'],
  ])('%s is %s', (address, scope) => {
    expect(addressScope(address)).toBe(scope);
  });

  it('connects to public and documentation addresses only', () => {
    // The project's machines reach an offline registry mirror at 203.0.113.80.
    for (const a of ['104.16.0.35', '203.0.113.80', '2606:4700::1']) {
      expect(mayConnectTo(a)).toBe(true);
    }
    for (const a of ['127.0.0.1', '0.0.0.0', '10.0.0.1', '169.254.169.254', '::1', 'fe80::1']) {
      expect(mayConnectTo(a)).toBe(false);
    }
    expect(mayConnectTo('registry.npmjs.org')).toBe(false);
  });

  it('is not fooled by text that is not an address', () => {
    for (const text of ['registry.npmjs.org', '1.2.3', '01.2.3.4', '256.1.1.1', '1::2::3', ':::']) {
      expect(addressScope(text)).toBeUndefined();
    }
    expect(isIpLiteral('01.2.3.4')).toBe(true); // inet_aton reads it as octal
    expect(isIpLiteral('cafe.example')).toBe(false);
  });
});

/** A TLS 1.3-style ClientHello record with the given extensions ([type, data]). */
function hello(extensions: Array<[number, number[]]>, recordSlack = 0): Uint8Array {
  const u16 = (n: number) => [n >> 8, n & 255];
  const exts = extensions.flatMap(([type, data]) => [...u16(type), ...u16(data.length), ...data]);
  const body = [
    0x03,
    0x03,
    ...new Array<number>(32).fill(7), // legacy_version, random
    0, // no session id
    ...u16(2),
    0x13,
    0x01, // one cipher suite
    1,
    0, // null compression
    ...u16(exts.length),
    ...exts,
  ];
  const handshake = [1, 0, ...u16(body.length + recordSlack), ...body];
  return Uint8Array.from([0x16, 3, 1, ...u16(handshake.length), ...handshake]);
}
const sni = (name: string): [number, number[]] => {
  const bytes = [...name].map((c) => c.charCodeAt(0));
  const entry = [0, bytes.length >> 8, bytes.length & 255, ...bytes];
  return [0, [entry.length >> 8, entry.length & 255, ...entry]];
};

describe('the first bytes of a tunnel', () => {
  it('reads the host name a ClientHello asks for, among other extensions', () => {
    const bytes = hello([[10, [0, 2, 0, 29]], sni('registry.npmjs.org'), [43, [2, 3, 4]]]);
    expect(readTunnelOpening(bytes)).toEqual({ kind: 'hello', serverName: 'registry.npmjs.org' });
  });

  it('waits for the whole first record, however the bytes are cut', () => {
    const bytes = hello([sni('pypi.org')]);
    for (const cut of [0, 1, 4, 5, 40, bytes.length - 1]) {
      expect(readTunnelOpening(bytes.subarray(0, cut))).toEqual({ kind: 'incomplete' });
    }
  });

  it.each([
    ['plain text', Uint8Array.from(Buffer.from('GET / HTTP/1.1\r\n')), 'carries TLS only'],
    ['no SNI', hello([[10, [0, 2, 0, 29]]]), 'names no host'],
    [
      'Encrypted Client Hello',
      hello([sni('cloudflare-ech.com'), [0xfe0d, [0, 1, 2]]]),
      'Encrypted Client Hello',
    ],
    ['a hello spanning records', hello([sni('pypi.org')], 100), 'spans several records'],
    ['a record longer than TLS allows', Uint8Array.from([0x16, 3, 1, 0xff, 0xff]), 'too long'],
    ['not a ClientHello', Uint8Array.from([0x16, 3, 3, 0, 4, 2, 0, 0, 0]), 'not a ClientHello'],
  ])('refuses %s', (_name, bytes, why) => {
    expect(readTunnelOpening(bytes)).toEqual({
      kind: 'refused',
      reason: expect.stringContaining(why),
    });
  });

  it('refuses a hello whose lengths overrun it', () => {
    const bytes = hello([sni('pypi.org')]);
    const broken = Uint8Array.from(bytes);
    broken[bytes.length - 10] = 0xff; // the name's length (high byte), now past the end
    expect(readTunnelOpening(broken)).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('malformed'),
    });
  });
});

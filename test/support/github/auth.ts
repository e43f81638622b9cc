// Tokens and their GitHub App-style permissions, so tests can prove least privilege.
import { HttpError } from './http.js';
import type { RequiredPermission } from './router.js';

export type PermissionScope =
  | 'actions'
  | 'administration'
  | 'checks'
  | 'contents'
  | 'discussions'
  | 'issues'
  | 'metadata'
  | 'pull_requests'
  | 'secrets'
  | 'statuses'
  | 'variables';

export type PermissionLevel = 'none' | 'read' | 'write';
export type TokenPermissions = Partial<Record<PermissionScope, PermissionLevel>>;

export interface TokenInfo {
  readonly token: string;
  readonly login: string;
  readonly permissions: TokenPermissions;
}

export const ALL_SCOPES: readonly PermissionScope[] = [
  'actions',
  'administration',
  'checks',
  'contents',
  'discussions',
  'issues',
  'metadata',
  'pull_requests',
  'secrets',
  'statuses',
  'variables',
];

export const FULL_ACCESS: TokenPermissions = Object.fromEntries(
  ALL_SCOPES.map((scope) => [scope, 'write']),
);

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

export class TokenRegistry {
  private readonly tokens = new Map<string, TokenInfo>();

  add(token: string, permissions: TokenPermissions, login = 'lailatov-bot[bot]'): TokenInfo {
    const info: TokenInfo = { token, login, permissions: { ...permissions } };
    this.tokens.set(token, info);
    return info;
  }

  /** Parse `Authorization: token X` / `Bearer X`; 401 like GitHub for anything else. */
  authenticate(header: string | undefined): TokenInfo {
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
    const info = match?.[1] === undefined ? undefined : this.tokens.get(match[1]);
    if (!info) {
      throw new HttpError(401, 'Bad credentials');
    }
    return info;
  }
}

/** Every GitHub App token has metadata:read; the rest must be granted. */
export function levelOf(info: TokenInfo, scope: PermissionScope): PermissionLevel {
  const level = info.permissions[scope];
  if (level !== undefined) return level;
  return scope === 'metadata' ? 'read' : 'none';
}

export function authorize(info: TokenInfo, needed: RequiredPermission): void {
  if (needed === 'none') return;
  if (RANK[levelOf(info, needed.scope)] < RANK[needed.level]) {
    throw new HttpError(
      403,
      'Resource not accessible by integration',
      {},
      {
        'x-accepted-github-permissions': `${needed.scope}=${needed.level}`,
      },
    );
  }
}

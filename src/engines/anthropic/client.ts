import Anthropic from '@anthropic-ai/sdk';
import { UserError } from '../../core/errors.js';

/**
 * One client factory for every provider that serves Claude: Anthropic's API (or any
 * Anthropic-compatible gateway such as OpenRouter through ANTHROPIC_BASE_URL), Amazon Bedrock and
 * Google Vertex. Credentials come only from the `env` passed in, never from process.env at import,
 * and the Bedrock and Vertex SDKs are imported only when chosen.
 */
export type ProviderName = 'anthropic' | 'bedrock' | 'vertex';

/** The part of the SDK the engine and the Model port use; every provider client has it. */
export type MessagesClient = Pick<Anthropic, 'messages'>;

export interface ClientConfig {
  /** Default: from env (CLAUDE_CODE_USE_BEDROCK=1 / CLAUDE_CODE_USE_VERTEX=1), else anthropic. */
  readonly provider?: ProviderName;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The SDK's retries for 408/409/429/5xx and connection errors (default 2). */
  readonly maxRetries?: number;
  /** Per-request timeout in ms (the SDK's default is 10 minutes). */
  readonly timeoutMs?: number;
}

export interface ProviderClient {
  readonly client: MessagesClient;
  /** anthropic, openrouter (a gateway), bedrock or vertex: recorded in results and the log. */
  readonly provider: string;
  readonly maxRetries: number;
}

const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const DEFAULT_RETRIES = 2;

function missing(name: string, what: string): UserError {
  return new UserError(
    `${name} is not set: add it as a repository secret (or variable) and pass it to the step's ` +
      `env, ${what}.`,
  );
}

export function chooseProvider(config: ClientConfig): ProviderName {
  if (config.provider) return config.provider;
  if (config.env.CLAUDE_CODE_USE_BEDROCK === '1') return 'bedrock';
  if (config.env.CLAUDE_CODE_USE_VERTEX === '1') return 'vertex';
  return 'anthropic';
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v;
}

export async function createAnthropicClient(config: ClientConfig): Promise<ProviderClient> {
  const env = config.env;
  const maxRetries = config.maxRetries ?? DEFAULT_RETRIES;
  const common = {
    maxRetries,
    ...(config.timeoutMs !== undefined ? { timeout: config.timeoutMs } : {}),
  };
  const provider = chooseProvider(config);

  if (provider === 'bedrock') {
    const region = nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
    if (!region) throw missing('AWS_REGION', 'to run Claude on Amazon Bedrock');
    const { AnthropicBedrock } = await import('@anthropic-ai/bedrock-sdk');
    const accessKey = nonEmpty(env.AWS_ACCESS_KEY_ID);
    const secretKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
    const baseURL = nonEmpty(env.ANTHROPIC_BEDROCK_BASE_URL);
    const opts = {
      ...common,
      awsRegion: region,
      // null: do not let the SDK read AWS_BEARER_TOKEN_BEDROCK from process.env behind our back.
      apiKey: nonEmpty(env.AWS_BEARER_TOKEN_BEDROCK) ?? null,
      ...(baseURL ? { baseURL } : {}),
    };
    // Static keys when both are given (e.g. from aws-actions/configure-aws-credentials), else
    // the AWS provider chain (instance role, web identity).
    const client =
      accessKey && secretKey
        ? new AnthropicBedrock({
            ...opts,
            awsAccessKey: accessKey,
            awsSecretKey: secretKey,
            awsSessionToken: nonEmpty(env.AWS_SESSION_TOKEN) ?? null,
          })
        : new AnthropicBedrock(opts);
    return { client: client as unknown as MessagesClient, provider, maxRetries };
  }

  if (provider === 'vertex') {
    const region = nonEmpty(env.CLOUD_ML_REGION);
    if (!region) throw missing('CLOUD_ML_REGION', 'to run Claude on Google Vertex AI');
    const projectId =
      nonEmpty(env.ANTHROPIC_VERTEX_PROJECT_ID) ?? nonEmpty(env.GOOGLE_CLOUD_PROJECT);
    if (!projectId)
      throw missing('ANTHROPIC_VERTEX_PROJECT_ID', 'to run Claude on Google Vertex AI');
    const { AnthropicVertex } = await import('@anthropic-ai/vertex-sdk');
    const baseURL = nonEmpty(env.ANTHROPIC_VERTEX_BASE_URL);
    const client = new AnthropicVertex({
      ...common,
      region,
      projectId,
      ...(baseURL ? { baseURL } : {}),
    });
    // The Vertex SDK starts looking up Google credentials in its constructor and only awaits
    // that promise at the first request; without a handler, a lookup that fails before then is
    // an unhandled rejection that kills the process. The request still sees the failure (as a
    // connection error, reported as infra).
    (client as unknown as { _authClientPromise?: Promise<unknown> })._authClientPromise?.catch(
      () => undefined,
    );
    return { client: client as unknown as MessagesClient, provider, maxRetries };
  }

  const apiKey = nonEmpty(env.ANTHROPIC_API_KEY);
  const authToken = nonEmpty(env.ANTHROPIC_AUTH_TOKEN);
  if (!apiKey && !authToken) throw missing('ANTHROPIC_API_KEY', 'to run the anthropic engine');
  const baseURL = nonEmpty(env.ANTHROPIC_BASE_URL) ?? DEFAULT_BASE_URL;
  const client = new Anthropic({
    ...common,
    // Explicit values (null included) keep the SDK from reading process.env for them.
    apiKey: apiKey ?? null,
    authToken: apiKey ? null : (authToken ?? null),
    baseURL,
  });
  const gateway = /openrouter\.ai/i.test(baseURL) ? 'openrouter' : 'anthropic';
  return { client, provider: gateway, maxRetries };
}

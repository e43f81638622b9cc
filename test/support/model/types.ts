// Public types of the scripted model server: what a test or demo writes (Scenario, Fault) and
// what it reads back (LoggedRequest, Usage, UsageTotals). Add fields; never rename (the engines
// helper and the demo depend on these names).

/** Token usage in the exact field names of the Anthropic Messages API. */
export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export type StopReason =
  'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence' | 'pause_turn' | 'refusal';

/** One tool call the scripted model makes. `name` must be a tool the client offered. */
export interface ToolUseSpec {
  name: string;
  input: Record<string, unknown>;
  /** Defaults to a generated `toolu_...` id. */
  id?: string;
}

/** One scripted assistant reply. */
export interface Turn {
  text?: string;
  toolUses?: ToolUseSpec[];
  /** Defaults to `tool_use` when the turn has tool uses, else `end_turn`. */
  stopReason?: StopReason;
  /** Replace any of the computed usage fields (e.g. to simulate a huge reply). */
  usage?: Partial<Usage>;
  /** Wait this long before the first byte of the reply (slow first token). */
  delayMs?: number;
}

/** The request as the server understood it; rules match on it and the log records it. */
export interface ParsedRequest {
  path: string;
  model: string;
  stream: boolean;
  maxTokens: number | undefined;
  /** The system prompt flattened to text (string or text blocks joined by newlines). */
  system: string;
  toolNames: string[];
  /** `tool_choice` as sent (`{type:'auto'|'any'|'tool'|'none', name?}`), if any. */
  toolChoice: { type: string; name?: string } | undefined;
  messages: RequestMessage[];
  /** The whole JSON body, for anything the fields above do not cover. */
  body: Record<string, unknown>;
}

export interface RequestMessage {
  role: string;
  content: string | Array<Record<string, unknown>>;
}

/** Conditions of a rule; all given conditions must hold. */
export interface Match {
  /** The client offered a tool of this name. */
  hasTool?: string;
  /** true: the last message carries a `tool_result` block; false: it does not. */
  lastToolResult?: boolean;
  /** `tool_choice` forces this tool name, or has this type (`any`, `auto`, `none`). */
  toolChoice?: string;
  /** Some user message's text (text blocks and tool results) includes this. */
  promptIncludes?: string;
  /** The last message's text includes this. */
  lastMessageIncludes?: string;
  /** The system prompt includes this. */
  systemIncludes?: string;
  /** A string matches as a substring of the model id. */
  model?: RegExp | string;
  /** The request offers no tools at all. */
  noTools?: boolean;
  stream?: boolean;
  /** Anything else. */
  test?: (req: ParsedRequest) => boolean;
}

export interface Rule {
  when: Match;
  reply: Turn | ((req: ParsedRequest) => Turn);
  /** How many requests the rule answers; unlimited when absent. */
  times?: number;
  /** Shown in the request log. */
  name?: string;
}

/**
 * A script for the model. Rules are tried first, in order (first match wins); a request no rule
 * answers takes the next of `turns`. When neither answers, the server replies 400
 * `invalid_request_error` "scenario exhausted" so that the client fails loudly.
 */
export interface Scenario {
  turns?: Array<Turn | ((req: ParsedRequest) => Turn)>;
  rules?: Rule[];
  /** Reject (400) a tool use whose name the client did not offer. Default true. */
  validateTools?: boolean;
}

/** Injected failures, applied in the order added, each `times` times (default 1). */
export type Fault =
  | {
      /** 429 rate_limit_error (with retry-after), 500 api_error, 529 overloaded_error, or any. */
      status: number;
      times?: number;
      /** Seconds for the `retry-after` header (429 only by default). Default 0. */
      retryAfterSeconds?: number;
      message?: string;
      when?: Match;
    }
  | {
      /** Send this many SSE events (or, not streaming, part of the body), then drop the socket. */
      breakAfterEvents: number;
      times?: number;
      when?: Match;
    }
  | {
      /** Wait before the first byte. */
      delayMs: number;
      times?: number;
      when?: Match;
    };

/** USD per million tokens. */
export interface ModelPrice {
  model: RegExp | string;
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

export interface LoggedRequest {
  /** 0-based order of arrival. */
  index: number;
  method: string;
  /** Path without the query string, e.g. `/v1/messages`. */
  path: string;
  query: string;
  headers: {
    apiKey: string | undefined;
    anthropicBeta: string | undefined;
    anthropicVersion: string | undefined;
    userAgent: string | undefined;
  };
  /** Absent when the body was not JSON or the path is unknown. */
  request?: ParsedRequest;
  status: number;
  /** What the request was charged (messages only). */
  usage?: Usage;
  /** The scripted reply served. */
  reply?: Turn;
  /** `id` of the assistant message served. */
  messageId?: string;
  /** Ids of the `tool_use` blocks served, in order (generated `toolu_...` unless scripted). */
  toolUseIds?: string[];
  /** Which rule (name or `rule#i`) or `turn#i` answered. */
  answeredBy?: string;
  /** The fault applied, if any. */
  fault?: string;
  /** Error message sent to the client, if any. */
  error?: string;
}

export interface UsageTotals extends Usage {
  /** Requests charged (successful `/v1/messages` replies). */
  requests: number;
  byModel: Record<string, Usage & { requests: number; costUsd?: number }>;
  /** Cost at the `prices` given to the server; undefined if some model has no price. */
  costUsd?: number;
}

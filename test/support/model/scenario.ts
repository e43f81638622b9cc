// Picks the scripted reply for a request: rules first (first match wins), then the next turn.
import type { Match, ParsedRequest, Rule, Scenario, Turn } from './types.js';

function textOf(content: ParsedRequest['messages'][number]['content']): string {
  if (typeof content === 'string') return content;
  return content
    .map((b) => {
      if (typeof b.text === 'string') return b.text;
      if (b.type === 'tool_result') {
        const c = b.content;
        return typeof c === 'string' ? c : Array.isArray(c) ? textOf(c as typeof content) : '';
      }
      return '';
    })
    .join('\n');
}

function hasToolResult(req: ParsedRequest): boolean {
  const last = req.messages.at(-1);
  return (
    last !== undefined &&
    Array.isArray(last.content) &&
    last.content.some((b) => b.type === 'tool_result')
  );
}

export function matches(when: Match, req: ParsedRequest): boolean {
  if (when.hasTool !== undefined && !req.toolNames.includes(when.hasTool)) return false;
  if (when.noTools !== undefined && when.noTools !== (req.toolNames.length === 0)) return false;
  if (when.lastToolResult !== undefined && when.lastToolResult !== hasToolResult(req)) return false;
  if (when.toolChoice !== undefined) {
    const tc = req.toolChoice;
    if (!tc || (tc.name !== when.toolChoice && tc.type !== when.toolChoice)) return false;
  }
  if (when.promptIncludes !== undefined) {
    const user = req.messages.filter((m) => m.role === 'user').map((m) => textOf(m.content));
    if (!user.some((t) => t.includes(when.promptIncludes as string))) return false;
  }
  if (when.lastMessageIncludes !== undefined) {
    const last = req.messages.at(-1);
    if (!last || !textOf(last.content).includes(when.lastMessageIncludes)) return false;
  }
  if (when.systemIncludes !== undefined && !req.system.includes(when.systemIncludes)) return false;
  if (when.model !== undefined) {
    const ok =
      typeof when.model === 'string' ? req.model.includes(when.model) : when.model.test(req.model);
    if (!ok) return false;
  }
  if (when.stream !== undefined && when.stream !== req.stream) return false;
  if (when.test && !when.test(req)) return false;
  return true;
}

export interface Selection {
  turn: Turn;
  answeredBy: string;
  /** Consume the rule use or the turn; not called when the reply never reached the client. */
  commit(): void;
}

/** The mutable position in one server's scenario. */
export class ScenarioPlayer {
  private nextTurn = 0;
  private readonly ruleUses: number[];

  constructor(private readonly scenario: Scenario) {
    this.ruleUses = (scenario.rules ?? []).map(() => 0);
  }

  remainingTurns(): number {
    return (this.scenario.turns?.length ?? 0) - this.nextTurn;
  }

  select(req: ParsedRequest): Selection | undefined {
    const rules: Rule[] = this.scenario.rules ?? [];
    for (const [i, rule] of rules.entries()) {
      const used = this.ruleUses[i] ?? 0;
      if (rule.times !== undefined && used >= rule.times) continue;
      if (!matches(rule.when, req)) continue;
      const turn = typeof rule.reply === 'function' ? rule.reply(req) : rule.reply;
      return {
        turn,
        answeredBy: rule.name ?? `rule#${i}`,
        commit: () => {
          this.ruleUses[i] = used + 1;
        },
      };
    }
    const index = this.nextTurn;
    const next = this.scenario.turns?.[index];
    if (next === undefined) return undefined;
    return {
      turn: typeof next === 'function' ? next(req) : next,
      answeredBy: `turn#${index}`,
      commit: () => {
        this.nextTurn = index + 1;
      },
    };
  }
}

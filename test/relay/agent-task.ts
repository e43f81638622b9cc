import type { AgentTask } from '../../src/forge/github/events/dispatch.js';

/** An agent-task as the event parser gives it, every field absent unless given. */
export const agentTask = (o: Partial<AgentTask>): AgentTask => ({
  title: 't',
  description: '',
  issueNumber: null,
  riskTier: null,
  correlationId: null,
  clickupTaskId: null,
  complexity: null,
  source: null,
  branch: null,
  sourceId: null,
  taskUrl: null,
  ...o,
});

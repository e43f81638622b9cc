"use strict";
exports.id = 711;
exports.ids = [711];
exports.modules = {

/***/ 4711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OUTPUT: () => (/* binding */ OUTPUT),
/* harmony export */   writeIgnored: () => (/* binding */ writeIgnored),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _forge_github_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30363);


/** Output names (action.yml, rendered from src/actions/_interface.ts). */
const OUTPUT = {
    stage: 'stage',
    outcome: 'outcome',
    issue: 'issue-number',
    pr: 'pr-number',
    prUrl: 'pr-url',
    branch: 'branch',
    riskTier: 'risk-tier',
    findings: 'findings',
    round: 'round',
    cost: 'cost-usd',
    correlationId: 'correlation-id',
};
/** A run that started nothing: `ignored` (not for us, or refused) or `stale` (the PR moved on). */
async function writeIgnored(stage, reason, outcome = 'ignored') {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(OUTPUT.stage, stage);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(OUTPUT.outcome, outcome);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`LailaTov ${stage}: ${reason}`);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(`## LailaTov ${stage}: nothing to do\n\n${reason}\n`).write();
}
async function writeReport(stage, r, runUrl, sandbox) {
    const out = {
        [OUTPUT.stage]: stage,
        [OUTPUT.outcome]: r.outcome,
        [OUTPUT.issue]: r.issue === null ? '' : String(r.issue),
        [OUTPUT.pr]: r.pr === null ? '' : String(r.pr),
        [OUTPUT.prUrl]: r.prUrl ?? '',
        [OUTPUT.branch]: r.branch ?? '',
        [OUTPUT.riskTier]: r.riskTier ?? '',
        [OUTPUT.findings]: String(r.findings),
        [OUTPUT.round]: String(r.round),
        [OUTPUT.cost]: r.runCostUsd === null ? 'unknown' : r.runCostUsd.toFixed(6),
        [OUTPUT.correlationId]: r.correlationId ?? '',
    };
    for (const [k, v] of Object.entries(out))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(k, v);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
        .addRaw((0,_forge_github_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStageSummary */ .VF)({
        action: stage,
        outcome: r.outcome,
        why: r.why,
        issue: r.issue,
        prUrl: r.prUrl,
        runUrl,
        stages: r.stages,
        details: r.details,
        ...(sandbox && { sandbox }),
    }))
        .addEOL()
        .write();
}


/***/ }),

/***/ 78434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ OffSandbox),
/* harmony export */   p: () => (/* binding */ SANDBOX_OFF_WARNING)
/* harmony export */ });
const SANDBOX_OFF_WARNING = 'SANDBOX OFF: the agent ran without the OS sandbox (`sandbox: {mode: off}` in ' +
    '.github/lailatov.yml). Its commands could read this job’s process memory and environment, ' +
    'write outside the working tree and reach the network. Only the environment allowlist and the ' +
    'tree gate applied.';
/** `sandbox: {mode: off}`: commands run as they are, and every report says so. */
class OffSandbox {
    mode = 'off';
    jail(root) {
        return Promise.resolve({
            mode: 'off',
            root,
            confine: (file, args, opts) => Promise.resolve({ file, args, env: opts.env }),
        });
    }
    report() {
        return { mode: 'off', summary: SANDBOX_OFF_WARNING, egress: [] };
    }
    close() {
        return Promise.resolve();
    }
}


/***/ }),

/***/ 30363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ renderProgress),
/* harmony export */   VF: () => (/* binding */ renderStageSummary)
/* harmony export */ });
/* unused harmony exports PIPELINE_STEPS, usd */
/* harmony import */ var _stages_pr_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90982);
/* harmony import */ var _stages_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5478);


const PIPELINE_STEPS = ['triage', 'write', 'review', 'remediate', 'ready'];
function usd(v) {
    return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}
function box(step, view) {
    const at = PIPELINE_STEPS.indexOf(view.step);
    const me = PIPELINE_STEPS.indexOf(step);
    if (me < at || (me === at && view.outcome === 'ready'))
        return '- [x]';
    if (me === at)
        return view.outcome === null ? '- [ ] ⏳' : '- [ ] ⛔';
    return '- [ ]';
}
/** The sticky comment: a stage checklist, links, and the cost so far. */
function renderProgress(view) {
    const label = {
        triage: 'Triage',
        write: 'Write the change and open a draft PR',
        review: `Review${view.round > 0 ? ` (round ${view.round})` : ''}`,
        remediate: `Fix review findings${view.round > 0 ? ` (round ${view.round})` : ''}`,
        ready: 'Ready for a human review',
    };
    const lines = [
        `### 🌙 LailaTov is working on #${view.issue}`,
        '',
        ...PIPELINE_STEPS.map((s) => `${box(s, view)} ${label[s]}`),
        '',
        view.outcome === null ? `**Now:** ${view.note}` : `**Outcome: ${view.outcome}.** ${view.note}`,
        '',
        `**Cost so far:** ${usd((0,_stages_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(view.stages).costUsd)} · [workflow run](${view.runUrl})${view.prUrl ? ` · [pull request](${view.prUrl})` : ''}`,
    ];
    return lines.join('\n');
}
/** The sandbox section: loud when there was none, and the hosts it refused either way. */
function sandboxSection(r) {
    const refused = r.egress.filter((e) => !e.allowed);
    return [
        r.mode === 'off' ? `> [!WARNING]\n> ${r.summary}` : `**Sandbox:** ${r.summary}`,
        ...(refused.length > 0
            ? [
                `Refused egress (add a host to \`sandbox.network.allow\` if the tests need it): ${refused
                    .map((e) => `\`${e.host}:${e.port}\``)
                    .join(', ')}`,
            ]
            : []),
    ];
}
/** The job summary of one stage run: what happened, why, the cost table and links. */
function renderStageSummary(s) {
    const links = [
        s.issue !== null ? `issue #${s.issue}` : null,
        s.prUrl ? `[pull request](${s.prUrl})` : null,
        `[run](${s.runUrl})`,
    ].filter((x) => x !== null);
    return [
        `## LailaTov ${s.action}: ${s.outcome}`,
        s.why,
        ...(s.sandbox ? sandboxSection(s.sandbox) : []),
        ...(s.details ?? []),
        links.join(' · '),
        ...(s.stages.length > 0 ? ['### Cost', (0,_stages_pr_body_js__WEBPACK_IMPORTED_MODULE_0__/* .costTable */ .k)(s.stages)] : []),
    ].join('\n\n');
}


/***/ }),

/***/ 90982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderPrBody),
/* harmony export */   k: () => (/* binding */ costTable)
/* harmony export */ });
/* harmony import */ var _core_usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14528);
/* harmony import */ var _engines_sandbox_off_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78434);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19013);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5478);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49074);





function usd(v) {
    return v === null ? 'unknown' : `$${v.toFixed(4)}`;
}
/** The per-stage cost table, with a total row. An unknown price shows as "unknown", never $0. */
function costTable(stages) {
    const rows = stages.map((s) => `| ${s.stage} | ${s.engine} | \`${s.model}\` | ${usd(s.costUsd)} | ${(0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .totalTokens */ .RP)(s.tokens)} | ${s.turns} | ${(s.durationMs / 1000).toFixed(1)}s | ${s.outcome} |`);
    const t = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(stages);
    return [
        '| Stage | Engine | Model | Cost | Tokens | Turns | Duration | Outcome |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
        `| **Total** | | | **${usd(t.costUsd)}** | ${(0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .totalTokens */ .RP)(t.tokens)} | ${t.turns} | ${(t.durationMs / 1000).toFixed(1)}s | |`,
    ].join('\n');
}
/** The draft PR body: summary, `Closes #n`, plan, findings, cost table and the hidden state. */
function renderPrBody(input) {
    const { state } = input;
    const open = state.findings.filter((f) => f.status === 'open');
    const parts = [
        ...(input.sandbox === 'off' ? [`> [!WARNING]\n> ${_engines_sandbox_off_js__WEBPACK_IMPORTED_MODULE_4__/* .SANDBOX_OFF_WARNING */ .p}`] : []),
        `## Summary\n\n${input.summary.trim() || '(the agent gave no summary)'}`,
        `Closes #${state.issue}`,
        `**Status:** ${input.status} · **Remediation rounds:** ${state.round}`,
    ];
    if (state.acceptanceCriteria.length > 0)
        parts.push(`## Acceptance criteria\n\n${state.acceptanceCriteria.map((c) => `- ${c}`).join('\n')}`);
    if (state.plan)
        parts.push(`## Plan\n\n${state.plan}`);
    if (input.tests)
        parts.push(`## Tests\n\n${input.tests}`);
    if (state.findings.length > 0)
        parts.push(`## Review findings (${open.length} open)\n\n${state.findings
            .map((f) => `- ${f.status === 'open' ? '⬜' : '✅'} ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(f)} \`${f.fingerprint}\``)
            .join('\n')}`);
    if (input.extra)
        parts.push(input.extra);
    parts.push(`## Cost\n\n${costTable(state.stages)}`);
    return `${(0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMarkers */ .lW)(parts.join('\n\n'))}\n\n${(0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStateMarker */ .UT)(state)}\n`;
}


/***/ }),

/***/ 49074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ parseStateMarker),
/* harmony export */   UT: () => (/* binding */ renderStateMarker),
/* harmony export */   lW: () => (/* binding */ neutralizeMarkers)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29428);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19013);



const MARKER = /<!-- lailatov:state (\{.*?\}) -->/gs;
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0);
const tokens = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ input: count, output: count, cacheRead: count, cacheWrite: count });
const stageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    engine: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    tokens,
    turns: count,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    outcome: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    // An engine chain's links (src/core/outcomes/schema.ts StageLink): kept across stages.
    links: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        outcome: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        tokens,
        turns: count,
        durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
        detail: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    }))
        .optional(),
});
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    lines: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ start: count, end: count }).nullable(),
    rule: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_STATUSES */ .pM),
    firstRound: count,
    survivedRounds: count,
});
/** The marker is read back from a body others can edit: every field is checked, not cast. */
const stateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    correlationId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    issue: count,
    branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    base: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    acceptanceCriteria: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    plan: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    round: count,
    stages: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(stageSchema),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(findingSchema),
    reviewedSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_RESULTS */ .ql)),
    testFailure: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
});
/** The hidden marker. `<`, `>` are escaped so no text in the state can end the HTML comment. */
function renderStateMarker(state) {
    const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- lailatov:state ${json} -->`;
}
/**
 * The state in a PR body, or null. The suite writes its marker last, so only the last one
 * counts: a marker planted earlier in the text (an agent summary quoting one) is ignored. A
 * marker that is not valid JSON or not a whole state is null, never a partial state.
 */
function parseStateMarker(body) {
    const last = [...body.matchAll(MARKER)].at(-1)?.[1];
    if (last === undefined)
        return null;
    let json;
    try {
        json = JSON.parse(last);
    }
    catch {
        return null;
    }
    const r = stateSchema.safeParse(json);
    return r.success ? r.data : null;
}
/** Free text placed in a PR body (summaries, plans) can never open an HTML comment (a marker). */
function neutralizeMarkers(text) {
    return text.replace(/<!--/g, '&lt;!--');
}


/***/ })

};
;
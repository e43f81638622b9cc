/** What a maintainer does after `lailatov init`, printed by the command and kept in one place. */
export const NEXT_STEPS = `Next steps:
  1. Edit what init installed: CLAUDE.md (replace the <placeholders>), risk-policy.json (your
     paths), .github/lailatov.yml, and setup-command in .github/workflows/lailatov.yml (how to
     install what your tests need). Check the policy: npx github:lailatov/lailatov policy check risk-policy.json
  2. Set the repository up (labels, the Actions PR setting, the key as a sealed secret):
     ANTHROPIC_API_KEY=... npx github:lailatov/lailatov init --github OWNER/REPO --allow-prs --secret ANTHROPIC_API_KEY
     (or by hand: the secret ANTHROPIC_API_KEY, and Settings → Actions → General → Workflow
     permissions → "Allow GitHub Actions to create and approve pull requests"). Other providers:
     docs/providers.md. Optional secret: SLACK_WEBHOOK_URL (escalations).
  3. Check: npx github:lailatov/lailatov doctor --github OWNER/REPO
  4. Recommended, a GitHub App, so the suite's pushes and PRs start your CI (GITHUB_TOKEN's do not):
     Settings → Developer settings → GitHub Apps → New GitHub App, webhook off, repository
     permissions: Contents read & write, Issues read & write, Pull requests read & write,
     Checks read & write, Metadata read (Workflows: no access). Install it on this repository,
     then add the variable LAILATOV_APP_ID (the App ID), the variable LAILATOV_BOT
     ("<app-slug>[bot]") and the secret LAILATOV_APP_PRIVATE_KEY (a generated private key).
     doctor checks its permissions.
  5. Commit and push, create the label ai-agent, and put it on an issue.
`;

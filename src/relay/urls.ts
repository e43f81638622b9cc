// The providers' API base URLs, alone in a module: the actions' startup chunk (inputs.ts)
// needs them, not the clients.
export const DEFAULT_API_URLS = {
  clickup: 'https://api.clickup.com',
  linear: 'https://api.linear.app',
  github: 'https://api.github.com',
} as const;

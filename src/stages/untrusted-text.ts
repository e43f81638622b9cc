import { fenceUntrusted, sanitizeUntrusted } from '../core/sanitize/index.js';
import type { UntrustedText } from './ports.js';

/** The UntrustedText port over core/sanitize: strip hidden content, then fence as data. */
export const coreUntrustedText: UntrustedText = {
  sanitize: (text) => sanitizeUntrusted(text).text,
  fence: (text, label) => fenceUntrusted(text, { label }),
};

import { sanitizeUntrusted } from '../sanitize/index.js';

/**
 * Finding rules, messages and paths are review output about code an agent wrote: untrusted. In
 * a rules file an agent later reads, they stay one quoted line, stripped of markup, hidden
 * characters and anything that could close a code span or open a link or a tag.
 */
export function quoteUntrusted(text: string, max = 160): string {
  return sanitizeUntrusted(text, { maxLength: max })
    .text.replace(/\s+/g, ' ')
    .replace(/[`<>[\]|"]/g, "'")
    .trim();
}

import { MemoFinder } from './finder.js';
import type { SanitizeReport } from './report.js';

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  readonly end: number;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// Elements whose content is never shown as text (or is code): dropped with their content.
const RAW_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'xmp',
  'noembed',
  'noframes',
  'textarea',
  'title',
]);
const BLOCK = new Set([
  'br',
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'table',
  'ul',
  'ol',
]);
const HIDING_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])/i;
const MAX_TAG_LENGTH = 100_000;
const NO_ATTRS = new Map<string, string>(); // shared, never written: most tags have no attributes

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12;
}
function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45;
}
function isAttrStart(c: number): boolean {
  return isLetter(c) || c === 95 || c === 58;
}
function isAttrChar(c: number): boolean {
  return isAttrStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}
// Unquoted attribute values stop at space, quotes, =, <, >, and backtick (CommonMark).
function isUnquotedChar(c: number): boolean {
  return !isSpace(c) && c !== 34 && c !== 39 && c !== 61 && c !== 60 && c !== 62 && c !== 96;
}

/**
 * Parses an HTML tag at `lt` with the grammar of CommonMark raw HTML; anything else is text.
 * Quoted values are skipped with a memoized search, so a run of hostile tags stays linear.
 */
function parseTag(s: string, lt: number, finder: MemoFinder): Tag | null {
  const n = Math.min(s.length, lt + MAX_TAG_LENGTH);
  let j = lt + 1;
  const closing = s.charCodeAt(j) === 47;
  if (closing) j++;
  if (!isLetter(s.charCodeAt(j))) return null;
  const nameStart = j;
  while (j < n && isNameChar(s.charCodeAt(j))) j++;
  const name = s.slice(nameStart, j).toLowerCase();
  let attrs: Map<string, string> = NO_ATTRS;
  for (;;) {
    const before = j;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    const c = s.charCodeAt(j);
    if (c === 62) return { name, closing, selfClosing: false, attrs, end: j + 1 };
    if (c === 47 && s.charCodeAt(j + 1) === 62 && !closing)
      return { name, closing, selfClosing: true, attrs, end: j + 2 };
    if (closing || j === before || !isAttrStart(c)) return null;
    const attrStart = j;
    while (j < n && isAttrChar(s.charCodeAt(j))) j++;
    const attr = s.slice(attrStart, j).toLowerCase();
    let k = j;
    while (k < n && isSpace(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) !== 61) {
      if (attrs === NO_ATTRS) attrs = new Map();
      attrs.set(attr, '');
      continue;
    }
    k++;
    while (k < n && isSpace(s.charCodeAt(k))) k++;
    const q = s.charCodeAt(k);
    if (q === 34 || q === 39) {
      const close = finder.find(q === 34 ? '"' : "'", k + 1);
      if (close === -1 || close >= n) return null;
      if (attrs === NO_ATTRS) attrs = new Map();
      attrs.set(attr, s.slice(k + 1, close));
      j = close + 1;
    } else {
      const vStart = k;
      while (k < n && isUnquotedChar(s.charCodeAt(k))) k++;
      if (k === vStart) return null;
      if (attrs === NO_ATTRS) attrs = new Map();
      attrs.set(attr, s.slice(vStart, k));
      j = k;
    }
  }
}

function hides(tag: Tag): boolean {
  return tag.attrs.has('hidden') || HIDING_STYLE.test(tag.attrs.get('style') ?? '');
}

/**
 * Removes HTML that hides text from a human reader but not from a model: comments (an
 * unterminated `<!--` hides everything after it, as in a browser), elements hidden by the
 * `hidden` attribute or by style (with their content), script/style-like elements, image alt
 * and title attributes (the whole tag goes). Other tags lose their markup and keep their text;
 * `<details>` content is kept between visible markers because it is collapsed by default.
 */
export function stripHtml(s: string, report: SanitizeReport): string {
  const finder = new MemoFinder(s);
  const out: string[] = [];
  const stack: { name: string; hidden: boolean }[] = [];
  const openCount = new Map<string, number>();
  let hiddenDepth = 0;
  let textStart = 0;
  let i = 0;
  const emit = (text: string) => {
    if (hiddenDepth === 0 && text !== '') out.push(text);
  };
  const skipTo = (at: number) => {
    i = at;
    textStart = at;
  };

  for (;;) {
    const lt = finder.find('<', i);
    if (lt === -1) break;
    if (s.startsWith('<!--', lt)) {
      emit(s.slice(textStart, lt));
      report.htmlComments++;
      const end = finder.find('-->', lt + 2);
      skipTo(end === -1 ? s.length : end + 3);
      continue;
    }
    const next = s.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // <!DOCTYPE ...>, <![CDATA[ ... ]]>, <?pi ?>: markup, never text.
      const end = finder.find('>', lt + 2);
      if (end === -1) {
        i = lt + 1;
        continue;
      }
      emit(s.slice(textStart, lt));
      report.htmlComments++;
      skipTo(end + 1);
      continue;
    }
    const tag = parseTag(s, lt, finder);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    emit(s.slice(textStart, lt));
    skipTo(tag.end);
    if (tag.attrs.has('title')) report.titles++;
    if (tag.closing) {
      if ((openCount.get(tag.name) ?? 0) === 0) continue;
      for (;;) {
        const top = stack.pop();
        if (!top) break;
        openCount.set(top.name, (openCount.get(top.name) ?? 1) - 1);
        if (top.hidden) hiddenDepth--;
        if (top.name === 'details') emit('\n[end of collapsed section]\n');
        if (top.name === tag.name) break;
      }
      if (BLOCK.has(tag.name)) emit('\n');
      continue;
    }
    if (tag.name === 'img' && tag.attrs.has('alt') && tag.attrs.get('alt') !== '')
      report.imageAlts++;
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      report.scriptsAndStyles++;
      const end = finder.findCi(`</${tag.name}`, tag.end);
      const gt = end === -1 ? -1 : finder.find('>', end);
      skipTo(gt === -1 ? s.length : gt + 1);
      continue;
    }
    const hidden = hides(tag);
    if (hidden) report.hiddenElements++;
    if (VOID.has(tag.name) || tag.selfClosing) {
      if (BLOCK.has(tag.name)) emit('\n');
      continue;
    }
    if (tag.name === 'details') {
      report.collapsedSections++;
      emit('\n[collapsed section]\n');
    }
    if (BLOCK.has(tag.name) && !hidden) emit('\n');
    stack.push({ name: tag.name, hidden });
    openCount.set(tag.name, (openCount.get(tag.name) ?? 0) + 1);
    if (hidden) hiddenDepth++;
  }
  emit(s.slice(textStart));
  return out.join('');
}

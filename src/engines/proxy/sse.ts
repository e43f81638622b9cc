/**
 * Reads a body as it streams past, for the usage tap: an SSE stream (events whose `data:` field
 * may span several lines, split across chunks anywhere, with \n, \r\n or \r line ends), or one
 * JSON document. Each event's data, or the whole JSON body, is handed to `onDocument` as text.
 * Only one event (or one JSON body) is held at a time, up to `cap` characters: a larger one is
 * reported as `onOversize` (its usage cannot be read, which the meter treats as unknown, never
 * zero) and skipped.
 */
export interface BodyReader {
  push(chunk: string): void;
  end(): void;
}

export interface BodyReaderOptions {
  readonly isSse: boolean;
  readonly onDocument: (text: string) => void;
  readonly onOversize: () => void;
  /** Max characters of one event's data or of a JSON body (default 32 MiB). */
  readonly cap?: number;
}

const DEFAULT_CAP = 32 * 1024 * 1024;

export function bodyReader(o: BodyReaderOptions): BodyReader {
  const cap = o.cap ?? DEFAULT_CAP;
  if (!o.isSse) {
    const parts: string[] = [];
    let size = 0;
    let over = false;
    return {
      push(c) {
        if (over) return;
        size += c.length;
        if (size > cap) {
          over = true;
          parts.length = 0;
          return;
        }
        parts.push(c);
      },
      end() {
        if (over) o.onOversize();
        else o.onDocument(parts.join(''));
      },
    };
  }
  // SSE: the current line (only until its field name is known), the current event's data lines.
  let line = '';
  let lineIsData: boolean | undefined; // undefined until the field name ended
  let lineStart = true; // for the one optional space after "data:"
  let data: string[] | undefined;
  let dataSize = 0;
  let over = false;
  let afterCr = false;
  const append = (s: string): void => {
    if (over || s === '') return;
    dataSize += s.length;
    if (dataSize > cap) {
      over = true;
      data = [];
      return;
    }
    (data ??= []).push(s);
  };
  const dispatch = (): void => {
    if (over) o.onOversize();
    else if (data !== undefined) o.onDocument(data.join(''));
    data = undefined;
    dataSize = 0;
    over = false;
  };
  const endLine = (): void => {
    if (lineIsData === undefined) {
      // The whole line was a field name (or empty): an empty line ends the event.
      if (line === '') dispatch();
      else if (line === 'data') startData();
    }
    line = '';
    lineIsData = undefined;
    lineStart = true;
  };
  const startData = (): void => {
    // Data lines of one event are joined with "\n" (the SSE rule).
    if (data !== undefined || over) append('\n');
    else data = [];
  };
  const text = (s: string): void => {
    // `s` has no line end in it.
    let rest = s;
    if (lineIsData === undefined) {
      const colon = rest.indexOf(':');
      if (colon < 0) {
        line += rest.slice(0, 16); // field names are short; anything longer is not "data"
        return;
      }
      line += rest.slice(0, colon);
      rest = rest.slice(colon + 1);
      lineIsData = line === 'data';
      if (lineIsData) startData();
    }
    if (!lineIsData || rest === '') return;
    if (lineStart && rest.startsWith(' ')) rest = rest.slice(1);
    lineStart = false;
    append(rest);
  };
  return {
    push(c) {
      let i = 0;
      if (afterCr && c.startsWith('\n')) i = 1; // the \n of a \r\n split across chunks
      afterCr = false;
      const eol = /[\r\n]/g;
      while (i < c.length) {
        eol.lastIndex = i;
        const m = eol.exec(c);
        if (!m) {
          text(c.slice(i));
          return;
        }
        const at = m.index;
        text(c.slice(i, at));
        endLine();
        if (c[at] === '\r') {
          if (at + 1 === c.length) afterCr = true;
          else if (c[at + 1] === '\n') i = at + 2;
          else i = at + 1;
          if (at + 1 === c.length) return;
          continue;
        }
        i = at + 1;
      }
    },
    end() {
      if (line !== '' || lineIsData !== undefined) endLine();
      // A last event without its blank line still carried usage: read it, never drop a cost.
      if (data !== undefined || over) dispatch();
    },
  };
}

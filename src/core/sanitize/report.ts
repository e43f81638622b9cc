/** What the sanitizer removed, so callers can log it (counts, never the removed text). */
export interface SanitizeReport {
  htmlComments: number;
  zeroWidth: number;
  bidiControls: number;
  controlChars: number;
  hiddenElements: number;
  scriptsAndStyles: number;
  imageAlts: number;
  titles: number;
  linkDefinitions: number;
  collapsedSections: number;
  truncatedChars: number;
}

export function emptyReport(): SanitizeReport {
  return {
    htmlComments: 0,
    zeroWidth: 0,
    bidiControls: 0,
    controlChars: 0,
    hiddenElements: 0,
    scriptsAndStyles: 0,
    imageAlts: 0,
    titles: 0,
    linkDefinitions: 0,
    collapsedSections: 0,
    truncatedChars: 0,
  };
}

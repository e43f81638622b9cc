/**
 * Whose issue comments may reach a prompt, as far as the comment itself tells: GitHub's
 * `author_association` marks the repository's owner, the members of its organization and its
 * collaborators, who can usually push. It is a hint from the comment, not the authority: the
 * permission API (src/forge/github/authorize.ts) is; logins it admitted (the issue author whose
 * reply the suite asked for, allowed bots) come in through `admitLogins`.
 */
const WRITER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export function admittedComment(
  comment: { readonly author: string; readonly association?: string },
  admitLogins: ReadonlySet<string>,
): boolean {
  return (
    WRITER_ASSOCIATIONS.has(comment.association ?? '') ||
    admitLogins.has(comment.author.toLowerCase())
  );
}

/**
 * How hook commands and the agent's bash tool start bash: `bash --norc --noprofile -c <cmd>`.
 * Debian and Ubuntu build bash to read ~/.bashrc when stdin is a socket (they take it for an ssh
 * session), and Node gives a child socketpair stdio: without --norc every hook sourced the
 * runner's rc files (here a `pyenv init` that took seconds), and the agent's shell would depend
 * on the machine's dotfiles.
 */
export const BASH_ARGS: readonly string[] = ['--norc', '--noprofile', '-c'];

/**
 * One line for a file the command line cannot read, naming the file, the system's code (which
 * scripts match on) and what it means in words (which people read).
 */
const MEANING: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

export function readErrorMessage(file: string, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return `cannot read ${file}: ${code}${MEANING[code] ? ` (${MEANING[code]})` : ''}`;
  return `cannot read ${file}: ${(e as Error).message?.split('\n')[0] ?? String(e)}`;
}

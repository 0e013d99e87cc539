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

/**
 * A file name as it can stand in a one-line message: as written, or JSON-quoted when it holds a
 * line break or another control character (which would split the line or hide part of it).
 */
export function fileLabel(file: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(file) ? JSON.stringify(file) : file;
}

export function readErrorMessage(file: string, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return `cannot read ${fileLabel(file)}: ${code}${MEANING[code] ? ` (${MEANING[code]})` : ''}`;
  return `cannot read ${fileLabel(file)}: ${(e as Error).message?.split('\n')[0] ?? String(e)}`;
}

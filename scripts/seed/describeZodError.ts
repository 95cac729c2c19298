import type { z } from 'zod';

/** A zod failure as lines `<file>: <field path>: <message>`, naming the file and field. */
export function describeZodError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `  ${file}: ${path === '' ? '(whole file)' : path}: ${issue.message}`;
  });
  return `invalid demo data file ${file}:\n${lines.join('\n')}`;
}

/** Small helpers for the sentences rules say: lists, articles, plurals. */

/** "a, b and c" */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a" or "an" before a licence or product name. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^(SQL|RDS|SE)\b/.test(word) ? 'an' : 'a';
}

/** "1 CAL", "2 CALs" */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

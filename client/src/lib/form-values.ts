/** "ROK, DPRK" -> ['ROK', 'DPRK']: a list typed as comma-separated text. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** An optional text field left blank is sent as null. */
export function orNull(text: string): string | null {
  return text.trim() ? text : null;
}

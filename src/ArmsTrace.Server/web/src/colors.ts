export const typeColors: Record<string, string> = {
  supply: '#1f77b4', manufacture: '#2ca02c', use: '#9467bd', attack: '#d62728', sanction: '#8c564b',
  sponsor: '#ff7f0e', part_of: '#17becf', role: '#7f7f7f', located_in: '#bcbd22', visit: '#e377c2', meeting: '#aec7e8',
};

export function colorOf(type: string): string {
  return typeColors[type] ?? '#555';
}

/** Stances that do not assert the claim as fact draw dashed; a denial draws red. */
export function isSoft(stance: string): boolean {
  return ['alleged', 'unconfirmed', 'reported', 'possible', 'intended'].includes(stance);
}

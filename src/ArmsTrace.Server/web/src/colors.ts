export const typeColors: Record<string, string> = {
  supply: '#1f77b4', manufacture: '#2ca02c', use: '#9467bd', attack: '#d62728', sanction: '#8c564b',
  sponsor: '#ff7f0e', part_of: '#17becf', role: '#7f7f7f', located_in: '#bcbd22', visit: '#e377c2', meeting: '#aec7e8',
};

export const claimTypes = Object.keys(typeColors);

export const stanceNames = ['confirmed', 'asserted', 'reported', 'alleged', 'unconfirmed', 'possible', 'intended', 'denied'];

/** Neither a claim type's colour nor red: a denial is not an attack, and a dispute is neither. */
export const deniedColor = '#8a8a8a';
export const disputedColor = '#111111';

export function colorOf(type: string): string {
  return typeColors[type] ?? '#555';
}

/** Stances that report or suggest rather than assert draw dashed; see {@link lineStyleOf}. */
export function isSoft(stance: string): boolean {
  return ['alleged', 'unconfirmed', 'reported', 'possible', 'intended'].includes(stance);
}

/** Solid for what is asserted or confirmed, dashed for what is reported or alleged, dotted for what is only possible or intended, or denied. */
export function lineStyleOf(stance: string): 'solid' | 'dashed' | 'dotted' {
  if (['possible', 'intended', 'denied'].includes(stance)) return 'dotted';
  return isSoft(stance) ? 'dashed' : 'solid';
}

/** Node colour and shape per entity type; weapons are brown, so no node shares the red of an attack. */
export const entityStyles: Record<string, { color: string; shape: string }> = {
  country: { color: '#2e7d32', shape: 'round-rectangle' },
  organization: { color: '#5b7db1', shape: 'hexagon' },
  group: { color: '#ef6c00', shape: 'triangle' },
  person: { color: '#8e24aa', shape: 'ellipse' },
  weapon: { color: '#6d4c41', shape: 'diamond' },
  facility: { color: '#00838f', shape: 'rectangle' },
  place: { color: '#7cb342', shape: 'star' },
  other: { color: '#9e9e9e', shape: 'vee' },
};

export function entityStyle(type: string): { color: string; shape: string } {
  return entityStyles[type] ?? entityStyles.other;
}

export interface Entity { key: string; name: string; type: string; claims: number; }
export interface Page<T> { items: T[]; offset: number; limit: number; hasMore: boolean; }
export interface Claim {
  id: number; type: string; subjectKey: string; subjectName: string; objectKey: string | null; objectName: string | null;
  itemKey: string | null; itemName: string | null; quantityText: string | null; timeText: string | null;
  timeFrom: string | null; timeTo: string | null; sourceKey: string | null; sourceName: string | null; stance: string;
  documentKey: string; outlet: string | null; published: string | null; evidenceStart: number; evidenceEnd: number; evidenceText: string;
  review: string | null; confidence: number | null; basis: string | null;
}
export interface ReviewItem { claim: Claim; worth: number; reasons: string[]; }
export interface Judgement { id: number; action: string; claimId: number | null; decidedBy: string; decidedAt: string; undoneAt: string | null; }
export interface Link { key: string; name: string; }
export interface EntityView {
  key: string; name: string; type: string; names: string[]; aliases: string[]; parent: Link | null; country: Link | null;
  latitude: number | null; longitude: number | null; claims: number; claimsByType: { type: string; claims: Claim[] }[];
  facts: FactSummary[]; offset: number; limit: number; hasMore: boolean; next: string | null;
}
export interface FactSummary {
  subjectKey: string; subjectName: string; type: string; targetKey: string | null; targetName: string | null;
  claims: number; origins: number; parties: number; firstSeen: string | null; lastSeen: string | null;
  stances: Record<string, number>; disputes: string[]; disputed: boolean;
}
export interface FactStep {
  claimId: number; stance: string; party: string; sourceKey: string | null; outlet: string | null; published: string | null;
  known: string; documentKey: string; origin: string; quantityText: string | null; timeText: string | null; evidenceText: string;
}
export interface FactTimeline { fact: FactSummary; steps: FactStep[]; }
export interface Dispute { fact: FactSummary; sides: { label: string; claims: FactStep[] }[]; }
export interface KnownSpan { first: string | null; last: string | null; }
export interface NetworkEdge {
  subjectKey: string; targetKey: string; type: string; claims: number; stances: Record<string, number>;
  strongest: string; disputed: boolean; origins: number;
}
export interface Neighbourhood {
  centre: Entity; nodes: Entity[]; edges: NetworkEdge[]; claims: Claim[]; truncated: boolean; nodesLeftOut: number; claimsTotal: number; claimsLeftOut: number;
  facts: FactSummary[];
}
export interface GraphPath { entities: Entity[]; hops: { fromKey: string; toKey: string; claims: Claim[] }[]; }
export interface Mention { start: number; end: number; text: string; entityKey: string; entityName: string; entityType: string; }
export interface DocumentView {
  key: string; version: number; title: string | null; url: string | null; outlet: string | null; published: string | null;
  text: string; mentions: Mention[]; claims: Claim[]; boilerplate: { start: number; end: number }[];
}
export interface SnippetPart { text: string; match: boolean; }
export interface DocumentHit { key: string; version: number; title: string | null; url: string | null; outlet: string | null; published: string | null; snippet: SnippetPart[]; }
export interface ClaimHit {
  id: number; type: string; subjectKey: string; subjectName: string; objectKey: string | null; objectName: string | null; stance: string;
  documentKey: string; documentTitle: string | null; published: string | null; evidence: SnippetPart[];
}
export interface SearchHits {
  query: string; words: string[]; offset: number; limit: number; hasMore: boolean;
  documents: DocumentHit[]; documentsTotal: number; claims: ClaimHit[]; claimsTotal: number;
  /** Counting stopped at the total and more match. */
  documentsMore: boolean; claimsMore: boolean;
}
export interface DocumentDeletion { key: string; versions: number; claims: number; orphanedJudgements: number; }
export interface DocumentSummary { key: string; version: number; title: string | null; outlet: string | null; published: string | null; claims: number; }
export interface MapData {
  places: { key: string; name: string; type: string; latitude: number; longitude: number; claims: number }[];
  countries: { key: string; name: string; aliases: string[]; latitude: number | null; longitude: number | null; claims: number }[];
  transfers: { from: Link; to: Link; claims: number; items: string[]; stances: string[]; denied: boolean }[];
  hasMore: boolean;
}

/** The API answered 401: the server wants a key, and the page should ask for one. */
export class NeedsKey extends Error {}

const rawKey = 'armstrace.raw';

/** Whether the pages show the raw extraction instead of the reviewed graph; kept per browser. */
export function showsRaw(): boolean {
  return localStorage.getItem(rawKey) === '1';
}

export function setShowsRaw(raw: boolean): void {
  if (raw) localStorage.setItem(rawKey, '1'); else localStorage.removeItem(rawKey);
}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  if (showsRaw()) qs.set('raw', 'true');
  const url = path + (qs.size ? '?' + qs.toString() : '');
  return read<T>(await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' }));
}

/** A write in the signed-in user's name; the header proves to the server it comes from these pages. */
export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'X-ArmsTrace-Csrf': '1' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  return read<T>(res);
}

/** A deletion in the signed-in user's name, with the same proof of origin as {@link post}. */
export async function remove<T>(path: string): Promise<T> {
  const res = await fetch(path, {
    method: 'DELETE',
    headers: { accept: 'application/json', 'X-ArmsTrace-Csrf': '1' },
    credentials: 'same-origin',
  });
  return read<T>(res);
}

/** The answer's JSON; a 401 asks for a key, any other refusal becomes an error carrying the problem's detail. */
async function read<T>(res: Response): Promise<T> {
  if (res.status === 401) throw new NeedsKey('This server asks for an API key.');
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail ?? detail; } catch { /* body was not problem details */ }
    throw new Error(`${res.status}: ${detail}`);
  }
  return res.json() as Promise<T>;
}

export function claimDate(c: Claim): string | null {
  return c.timeFrom ?? c.published;
}

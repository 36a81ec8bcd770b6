import { axisBottom } from 'd3-axis';
import { scaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { Claim, claimDate } from './api';
import { colorOf } from './colors';

function parse(d: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  return m ? new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1)) : null;
}

/** Claims on a time axis, one dot each, stacked where dates coincide. */
export function drawTimeline(host: HTMLElement, claims: Claim[]): void {
  const dated = claims.map(c => ({ c, d: claimDate(c) ? parse(claimDate(c)!) : null })).filter(x => x.d) as { c: Claim; d: Date }[];
  if (dated.length === 0) { host.textContent = 'No dated claims.'; return; }
  const width = host.clientWidth || 900, height = 120, pad = 30;
  const times = dated.map(x => x.d.getTime());
  const min = new Date(Math.min(...times)), max = new Date(Math.max(...times));
  // Claims dated days apart would otherwise get an axis of hours; a quarter either side keeps months as the finest tick.
  const quarter = 91 * 24 * 3600 * 1000;
  if (max.getTime() - min.getTime() < 2 * quarter) { min.setTime(min.getTime() - quarter); max.setTime(max.getTime() + quarter); }
  const x = scaleTime().domain([min, max]).range([pad, width - pad]).nice();
  const svg = select(host).append('svg').attr('viewBox', `0 0 ${width} ${height}`);
  svg.append('g').attr('transform', `translate(0,${height - 25})`).call(axisBottom(x).ticks(Math.min(10, width / 90)));
  const stack = new Map<number, number>();
  svg.selectAll('circle').data(dated).enter().append('circle')
    .attr('cx', v => x(v.d))
    .attr('cy', v => { const px = Math.round(x(v.d) / 6); const n = stack.get(px) ?? 0; stack.set(px, n + 1); return height - 35 - n * 9; })
    .attr('r', 4)
    .attr('fill', v => colorOf(v.c.type))
    .append('title').text(v => `${claimDate(v.c)} ${v.c.type} (${v.c.stance}): ${v.c.evidenceText}`);
}

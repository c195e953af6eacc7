// A clinic page's script in TypeScript: the element, its properties, methods and events are
// typed by the package's acumap.d.ts, generated from the element's contract.
import 'acumap';
import type { AcuContent, AcuMapElement, AcuPoint } from 'acumap';

const map: AcuMapElement = document.createElement('acu-map');
map.view = 'back';
map.mode = 'patient';
map.selected = 'GB30';
map.notation = 'fr';

const content: AcuContent = {
  notes: { GB30: 'We needle GB30 with you lying on your side.' },
  shortlists: [{ title: 'Points we use for sciatica', points: ['BL23', 'GB30', 'BL40'] }],
};
map.content = content;
document.body.append(map);

map.addEventListener('acu-select', (event) => {
  const point: AcuPoint = event.detail;
  const firstCaution: string | undefined = point.cautions[0]?.kind;
  console.log(point.code, point.pinyin_tones, point.location ?? 'prose still loading', firstCaution);
});
map.addEventListener('acu-view-change', (event) => console.log('now showing', event.detail.view));
map.addEventListener('acu-error', (event) => console.warn(event.detail.source, event.detail.message));

const found: AcuPoint[] = map.search('sciatica');
const one: AcuPoint | null = map.select('V40');
const same = document.querySelector('acu-map')?.getPoint('BL40');
console.log(found.length, one?.code, same?.english);
map.clear();

// Mistakes the typings catch: `tsc` fails if any of these is no longer an error.
// @ts-expect-error: not a view
map.view = 'sideways';
// @ts-expect-error: a point has no such field
map.addEventListener('acu-select', (event) => event.detail.nonsense);
// @ts-expect-error: codes are strings
map.select(40);
// @ts-expect-error: a shortlist needs its points
map.content = { shortlists: [{ title: 'Empty' }] };
// @ts-expect-error: an error's source is one of the documented ones
map.addEventListener('acu-error', (event) => event.detail.source === 'nowhere');

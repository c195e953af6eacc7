// A clinic's React 19 app with the widget, whose script the page loads from the package's
// folder (README: Install it as a package). Importing types from 'acumap/react' types <acu-map>
// in JSX, from the package's acumap.react.d.ts, generated from the element's contract.
import { useRef, useState } from 'react';
import type { AcuContent, AcuMapElement } from 'acumap/react';

const ours: AcuContent = {
  notes: { GB30: 'We needle GB30 with you lying on your side.' },
  shortlists: [{ title: 'Points we use for sciatica', points: ['BL23', 'GB30', 'BL40'] }],
};

export function SciaticaMap() {
  const [picked, setPicked] = useState<string | null>(null);
  const map = useRef<AcuMapElement>(null);
  return (
    <section>
      <p>{picked ?? 'Choose a point'}</p>
      <acu-map
        ref={map}
        id="sciatica"
        className="clinic-map"
        view="back"
        selected="GB30"
        heading-level={2}
        mode="patient"
        condition="sciatica,low-back-pain"
        link
        content={JSON.stringify(ours)}
        onacu-select={(event) => setPicked(`${event.detail.code} ${event.detail.pinyin_tones}`)}
        onacu-error={(event) => console.warn(event.detail.source, event.detail.message)}
      />
      <button onClick={() => map.current?.select('BL40')}>BL40</button>
    </section>
  );
}

// Mistakes the typings catch: `tsc` fails if any of these is no longer an error.
export const mistakes = [
  // @ts-expect-error: not a view
  <acu-map view="sideways" />,
  // @ts-expect-error: the attribute as HTML names it, not the property
  <acu-map headingLevel="2" />,
  // @ts-expect-error: a heading level HTML has no room for
  <acu-map heading-level="6" />,
  // @ts-expect-error: nor as a number
  <acu-map heading-level={0} />,
  // @ts-expect-error: a point has no such field
  <acu-map onacu-select={(event) => event.detail.nonsense} />,
  // @ts-expect-error: a shortlist needs its points
  <acu-map content={{ shortlists: [{ title: 'Empty' }] }} />,
];

// React 19 renders custom elements without wrappers: attributes as props, and `on` + the
// event's name for its events.
import { useState } from 'react';
import type {} from 'mensenhandel-widgets/jsx';
import 'mensenhandel-widgets/report-cta.js';
import type { ReportCtaSelectDetail } from 'mensenhandel-widgets';

export function ReportCtaExample({ onSelect }: { onSelect?: (detail: ReportCtaSelectDetail) => void }) {
  const [compact, setCompact] = useState(false);
  return (
    <section>
      <button type="button" onClick={() => setCompact(!compact)}>
        {compact ? 'Toon alles' : 'Alleen nummers'}
      </button>
      <report-cta
        channels="emergency police anonymous"
        layout={compact ? 'compact' : 'card'}
        heading-level="3"
        onreport-cta-select={(event: CustomEvent<ReportCtaSelectDetail>) => onSelect?.(event.detail)}
      />
    </section>
  );
}

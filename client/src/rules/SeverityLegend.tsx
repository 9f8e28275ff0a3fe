import { SeverityBadge } from './SeverityBadge.tsx';
import { severityMeaning } from './labels.ts';

/** What the icons and underlines mean, once per page. */
export function SeverityLegend() {
  return (
    <ul className="sev-legend" aria-label="Förklaring av markeringarna">
      <li>
        <SeverityBadge severity="error" />: {severityMeaning.error} (heldragen linje)
      </li>
      <li>
        <SeverityBadge severity="warning" />: {severityMeaning.warning} (streckad linje)
      </li>
      <li>
        <SeverityBadge severity="info" />: {severityMeaning.info} (prickad linje)
      </li>
    </ul>
  );
}

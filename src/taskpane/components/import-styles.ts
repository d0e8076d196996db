/** What the two import sections (evidence of use, licence records) look like alike. */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** Rows of an export shown before it is added. */
export const PREVIEW_ROWS = 5;

/** The section, its buttons, the preview box and its table, spread into each one's makeStyles. */
export const IMPORT_STYLES = {
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { tableLayout: 'fixed', width: '100%' },
  cell: { overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
} satisfies Record<string, GriffelStyle>;

import {
  Badge,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { dayToIso, findingCounts, verdictOf, type AuditResult, type Verdict } from '../../core';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  verdict: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  counts: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalXS,
  },
});

const BADGE: Record<Verdict, { color: 'success' | 'danger' | 'warning'; label: string }> = {
  compliant: { color: 'success', label: 'Compliant' },
  'not-compliant': { color: 'danger', label: 'Not compliant' },
  incomplete: { color: 'warning', label: 'Cannot confirm' },
};

/** The answer first: compliant, or how many CALs are short; then the finding counts. */
export function Summary({ result }: { readonly result: AuditResult }) {
  const styles = useStyles();
  const { verdict } = verdictOf(result);
  const { summary } = result;
  return (
    <Card
      className={styles.card}
      appearance="filled-alternative"
      role="region"
      aria-label="Summary"
    >
      <CardHeader
        header={
          <Text className={styles.verdict} role="status">
            {verdict}
          </Text>
        }
        description={
          <Caption1>
            As of {dayToIso(result.asOf)}; stale after {result.staleDays} days.{' '}
            {findingCounts(summary)}.
            {result.notChecked.map((n) => ` Not checked: ${n.rule} (${n.why}).`).join('')}
          </Caption1>
        }
      />
      <div className={styles.counts}>
        <Badge color={BADGE[summary.verdict].color} appearance="filled">
          {BADGE[summary.verdict].label}
        </Badge>
        {summary.shortfall > 0 && (
          <Badge color="danger" appearance="tint">
            {summary.shortfall} short
          </Badge>
        )}
        <Badge color={summary.errors > 0 ? 'danger' : 'informative'} appearance="tint">
          {summary.errors} {summary.errors === 1 ? 'error' : 'errors'}
        </Badge>
        <Badge color={summary.warnings > 0 ? 'warning' : 'informative'} appearance="tint">
          {summary.warnings} {summary.warnings === 1 ? 'warning' : 'warnings'}
        </Badge>
      </div>
    </Card>
  );
}

import {
  Badge,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { dayToIso, findingCounts, verdictOf, type AuditResult } from '../../core';

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

/** The answer first: compliant, or how many CALs are short; then the finding counts. */
export function Summary({ result }: { readonly result: AuditResult }) {
  const styles = useStyles();
  const { verdict, tone } = verdictOf(result);
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
          </Caption1>
        }
      />
      <div className={styles.counts}>
        <Badge color={tone === 'good' ? 'success' : 'danger'} appearance="filled">
          {tone === 'good' ? 'Compliant' : 'Not compliant'}
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

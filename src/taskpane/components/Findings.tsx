import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { cellAddress, groupByRule, type Finding, type Severity } from '../../core';

const PAGE = 50;

type Filter = 'all' | Severity;

const FILTERS: readonly (readonly [Filter, string])[] = [
  ['all', 'All'],
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Notes'],
];

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  where: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  fix: { color: tokens.colorNeutralForeground3 },
  header: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalS,
  },
});

const COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

function FindingItem({
  finding,
  onGoTo,
  disabled,
}: {
  readonly finding: Finding;
  readonly onGoTo: (f: Finding) => void;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  const where = cellAddress(finding);
  return (
    <li className={styles.item}>
      <Text>{finding.message}</Text>
      {finding.fix && <Caption1 className={styles.fix}>{finding.fix}</Caption1>}
      <div className={styles.where}>
        <Caption1>{where ?? finding.licence ?? ''}</Caption1>
        {where && (
          <Button
            size="small"
            appearance="secondary"
            onClick={() => onGoTo(finding)}
            disabled={disabled}
            aria-label={`Go to ${where}`}
          >
            Go to
          </Button>
        )}
      </div>
    </li>
  );
}

function RuleGroup({
  findings,
  onGoTo,
  disabled,
}: {
  readonly findings: readonly Finding[];
  readonly onGoTo: (f: Finding) => void;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f, i) => (
          <FindingItem
            key={`${f.sheet ?? ''}${f.row ?? ''}${f.licence ?? ''}${i}`}
            finding={f}
            onGoTo={onGoTo}
            disabled={disabled}
          />
        ))}
      </ul>
      {findings.length > shown && (
        <Button appearance="transparent" onClick={() => setShown(findings.length)}>
          Show all {findings.length}
        </Button>
      )}
    </>
  );
}

/**
 * Findings grouped by rule, filterable by severity, each with a Go to (disabled while
 * another operation runs: one at a time).
 */
export function Findings({
  findings,
  onGoTo,
  disabled = false,
}: {
  readonly findings: readonly Finding[];
  readonly onGoTo: (f: Finding) => void;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const groups = useMemo(
    () =>
      groupByRule(filter === 'all' ? findings : findings.filter((f) => f.severity === filter)).map(
        ({ rule, findings: items }) => ({ rule, items }),
      ),
    [findings, filter],
  );
  if (findings.length === 0)
    return <Text>No findings: the register is complete and consistent.</Text>;
  return (
    <div>
      <div className={styles.filters} role="group" aria-label="Show findings of severity">
        {FILTERS.map(([value, label]) => (
          <ToggleButton
            key={value}
            size="small"
            shape="circular"
            checked={filter === value}
            onClick={() => setFilter(value)}
          >
            {label} ({value === 'all' ? findings.length : count(value)})
          </ToggleButton>
        ))}
      </div>
      {groups.length === 0 ? (
        <Text>No findings of this severity.</Text>
      ) : (
        <Accordion multiple collapsible>
          {groups.map(({ rule, items }) => (
            <AccordionItem key={rule.id} value={rule.id}>
              <AccordionHeader>
                <span className={styles.header}>
                  <Text weight="semibold">{rule.title}</Text>
                  <CounterBadge
                    count={items.length}
                    color={COLOR[rule.severity]}
                    size="small"
                    aria-label={`${items.length} ${rule.severity === 'info' ? 'notes' : `${rule.severity}s`}`}
                  />
                  <Caption1>{rule.id}</Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <RuleGroup findings={items} onGoTo={onGoTo} disabled={disabled} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}

import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { PositionRow } from '../../core';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  licence: { width: '52%', overflowWrap: 'anywhere' },
  number: { textAlign: 'end', width: '16%' },
  short: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  spare: { color: tokens.colorPaletteGreenForeground1 },
});

/** Owned, required and short per licence: narrow enough for a 320 px pane. */
export function PositionTable({ rows }: { readonly rows: readonly PositionRow[] }) {
  const styles = useStyles();
  if (rows.length === 0) return <Text>No CALs were found in Purchases or Assignments.</Text>;
  return (
    <Table size="extra-small" className={styles.table} aria-label="Licence position">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.licence}>Licence</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Owned</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Needed</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Short</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.licence}>
            <TableCell className={styles.licence}>{row.licence}</TableCell>
            <TableCell className={styles.number}>{row.owned}</TableCell>
            <TableCell className={styles.number}>{row.required}</TableCell>
            <TableCell className={styles.number}>
              {row.shortfall > 0 ? (
                <span className={styles.short}>{row.shortfall}</span>
              ) : row.surplus > 0 ? (
                <span className={styles.spare} aria-label={`${row.surplus} spare`}>
                  +{row.surplus}
                </span>
              ) : (
                '0'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

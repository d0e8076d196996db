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
import { NO_POSITION, positionHeaders, type PositionRow } from '../../core';

const [LICENCE, OWNED, REQUIRED, SHORT] = positionHeaders(
  ['licence', 'owned', 'required', 'shortfall'],
  'short',
);

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
  if (rows.length === 0) return <Text>{NO_POSITION}</Text>;
  return (
    <Table size="extra-small" className={styles.table} aria-label="Licence position">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.licence}>{LICENCE}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{OWNED}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{REQUIRED}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{SHORT}</TableHeaderCell>
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

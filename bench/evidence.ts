/**
 * Evidence of use at the size of a large directory: a Get-ADUser export of 100k users (as
 * PowerShell 5 writes it: #TYPE line, every column quoted, en-US dates) read from bytes, and
 * the audit of a 100k-row register with it. Prints the read and the reconciliation times.
 */
import { audit } from '../src/core';
import { isEvidenceProblem, readEvidence } from '../src/core/evidence';
import { syntheticGrids } from './synthetic';

const TODAY = 20_784; // 2026-11-27

function adExport(users: number): Uint8Array {
  const lines = [
    '#TYPE Microsoft.ActiveDirectory.Management.ADUser',
    '"DistinguishedName","Enabled","GivenName","LastLogonDate","Name","ObjectClass","ObjectGUID","SamAccountName","SID","Surname","UserPrincipalName"',
  ];
  for (let i = 0; i < users; i += 1) {
    const day = 1 + (i % 28);
    const enabled = i % 89 === 0 ? 'False' : 'True';
    lines.push(
      `"CN=Person ${i},OU=Staff,DC=contoso,DC=com","${enabled}","Person","11/${day}/2026 8:${String(i % 60).padStart(2, '0')}:00 AM","Person ${i}","user","${String(i).padStart(8, '0')}-4c1e-4a7b-9d2f-000000000000","person.${i}","S-1-5-21-1-2-3-${1000 + i}","${i}","person.${i}@contoso.com"`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

function best(repeats: number, work: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < repeats; r += 1) {
    const start = process.hrtime.bigint();
    work();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

export function evidenceBench(): Record<string, number> {
  const users = 100_000;
  const bytes = adExport(users);
  let evidence = readEvidence(bytes, { source: 'ad-users.csv', capturedOn: TODAY - 1 });
  const readMs = best(5, () => {
    evidence = readEvidence(bytes, { source: 'ad-users.csv', capturedOn: TODAY - 1 });
  });
  if (isEvidenceProblem(evidence)) throw new Error(evidence.message);
  if (evidence.rows.length !== users) throw new Error('the export was not read whole');
  const imported = evidence;
  const grids = syntheticGrids(users);
  const plainMs = best(5, () => void audit(grids, { today: TODAY }));
  let stale = 0;
  const withMs = best(5, () => {
    const result = audit(grids, { today: TODAY, evidence: [imported] });
    stale = result.findings.filter((f) => f.rule === 'CAL-STALE').length;
  });
  const mb = (bytes.length / 1e6).toFixed(1);
  process.stdout.write(
    `evidence  read Get-ADUser export, ${users.toLocaleString('en-US')} users (${mb} MB)  ${readMs.toFixed(0).padStart(6)} ms\n` +
      `evidence  audit of ${users.toLocaleString('en-US')} rows: ${plainMs.toFixed(0)} ms alone, ${withMs.toFixed(0)} ms with the export (${stale.toLocaleString('en-US')} stale)\n`,
  );
  return {
    'evidence read 100k ms': readMs,
    'evidence audit 100k ms': withMs,
    'audit 100k ms': plainMs,
  };
}

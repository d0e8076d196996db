/**
 * The writes of `cal-register import`: a register is replaced in one rename, so a failed
 * write leaves it as it was; --into refuses a register that changed since it was read, and
 * a sheet it could only write to by guessing its row numbers.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRegister } from '../../src/core';
import { replaceAtomically } from '../../src/excel/xlsx/atomic';
import { appendToRegister, XlsxFileWorkbook, writeTemplate } from '../../src/excel/xlsx';

const dir = () => mkdtempSync(join(tmpdir(), 'cal-append-'));

/** One imported purchase line. */
const LINE = {
  source: 'x.csv',
  line: 2,
  licence: 'Windows Server 2022 User CAL',
  read: true,
  quantity: 5,
  invoice: 'INV-1',
  order: '',
  reseller: '',
  agreement: '',
  proofLocation: '',
  notes: '',
};

test('a write that fails leaves the target as it was, and no temporary file', async () => {
  const folder = dir();
  const target = join(folder, 'register.xlsx');
  writeFileSync(target, 'the register');
  await expect(
    replaceAtomically(target, (temporary) => {
      writeFileSync(temporary, 'half of it');
      return Promise.reject(new Error('disk full'));
    }),
  ).rejects.toThrow(`cannot write "${target}": disk full`);
  expect(readFileSync(target, 'utf8')).toBe('the register');
  expect(readdirSync(folder)).toEqual(['register.xlsx']);
});

test('a write that succeeds replaces the target', async () => {
  const folder = dir();
  const target = join(folder, 'register.xlsx');
  writeFileSync(target, 'old');
  await replaceAtomically(target, (temporary) => {
    writeFileSync(temporary, 'new');
    return Promise.resolve();
  });
  expect(readFileSync(target, 'utf8')).toBe('new');
  expect(readdirSync(folder)).toEqual(['register.xlsx']);
});

test('--into refuses a register that changed after it was read', async () => {
  const folder = dir();
  const path = join(folder, 'register.xlsx');
  await writeTemplate(path);
  const source = await new XlsxFileWorkbook(path).read();
  const file = {
    path,
    grids: source.grids,
    date1904: source.date1904,
    register: parseRegister(source.grids),
    stamp: { size: readFileSync(path).length, mtimeMs: 0 },
  };
  utimesSync(path, new Date(), new Date());
  const bytes = readFileSync(path);
  const plan = { purchases: [LINE], assignments: [], notes: [] };
  await expect(appendToRegister(file, plan)).rejects.toThrow(
    `"${path}" changed while the exports were read`,
  );
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(existsSync(join(folder, 'register.xlsx'))).toBe(true);
  expect(readdirSync(folder)).toEqual(['register.xlsx']);
});

test('--into refuses a sheet whose rows and cells carry no numbers, rather than guess', async () => {
  const folder = dir();
  const path = join(folder, 'register.xlsx');
  await writeTemplate(path, {
    Purchases: [
      ['Exchange Server 2019 Standard', 1, null, 'INV-1', null, null, null, null, null, null],
    ],
  });
  const source = await new XlsxFileWorkbook(path).read();
  // The file format allows rows and cells without their r="..." numbers; some writers omit them
  // (the register is read as before: only the package the rows would go into differs).
  const zip = unzipSync(readFileSync(path));
  const sheet = Object.keys(zip).find(
    (k) => strFromU8(zip[k]).includes('INV-1') || k.endsWith('sheet1.xml'),
  ) as string;
  zip[sheet] = strToU8(strFromU8(zip[sheet]).replace(/<(row|c) r="[^"]*"/g, '<$1'));
  writeFileSync(path, zipSync(zip));
  const stat = statSync(path);
  const file = {
    path,
    grids: source.grids,
    date1904: source.date1904,
    register: parseRegister(source.grids),
    stamp: { size: stat.size, mtimeMs: stat.mtimeMs },
  };
  const bytes = readFileSync(path);
  await expect(
    appendToRegister(file, { purchases: [LINE], assignments: [], notes: [] }),
  ).rejects.toThrow('the Purchases sheet numbers its rows or cells implicitly');
  expect(readFileSync(path).equals(bytes)).toBe(true);
});

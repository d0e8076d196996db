/**
 * Registers kept in German, French, Spanish, Italian, Dutch and Polish: headers, sheet names,
 * settings, statuses, Yes/No, month names, text dates in the register's date order, and CAL
 * names in those languages.
 */
import {
  parseLicence,
  parseRegister,
  readDateOrder,
  readYesNo,
  type SheetGrid,
} from '../../../src/core';
import { orderOfPattern } from '../../../src/core/register/date-order';
import { foldText, LANGUAGES } from '../../../src/core/register/languages';
import { MONTH_WORDS, monthOfName } from '../../../src/core/register/month-names';
import { STATUS_WORDS, statusOfWord } from '../../../src/core/register/status-words';
import { textToDay } from '../../../src/core/register/dates';
import { day } from '../helpers';

function grid(name: string, rows: unknown[][]): SheetGrid {
  return { name, rows };
}

describe('headers and sheets in other languages', () => {
  test('a German register is found by its sheet names and read by its headers', () => {
    const register = parseRegister([
      grid('Käufe', [
        ['Lizenz', 'Anzahl', 'Kaufdatum', 'Rechnungsnummer'],
        ['Exchange Server 2019 Standard Benutzer-CAL', 5, '27.11.2026', 'RE-1'],
      ]),
      grid('Zuweisungen', [
        ['Lizenz', 'Zugewiesen an', 'Konto', 'Gerät', 'Zugewiesen am', 'Status'],
        [
          'Exchange Server 2019 Standard Benutzer-CAL',
          'Dana Scott',
          'dana@contoso.com',
          '',
          '03.02.2025',
          'Ausgeschieden',
        ],
      ]),
    ]);
    expect(register.tables.Purchases?.headers).toMatchObject({
      licence: 'Lizenz',
      quantity: 'Anzahl',
    });
    expect(register.purchases[0]).toMatchObject({
      quantity: 5,
      purchaseDate: day('2026-11-27'),
      invoice: 'RE-1',
      licence: { name: 'Exchange Server 2019 Standard User CAL' },
    });
    expect(register.assignments.length).toBe(1);
    expect(register.assignments.status(0)).toBe('Left');
    expect(register.assignments.assignedOn(0)).toBe(day('2025-02-03'));
    expect(register.tables.Assignments?.letters.device).toBe('D');
  });

  test.each([
    [
      'fr',
      'Achats',
      ['Licence', 'Quantité', "Date d'achat"],
      'Attributions',
      ['Licence', 'Attribué à', 'Compte', 'Attribué le', 'Statut'],
    ],
    [
      'es',
      'Compras',
      ['Licencia', 'Cantidad', 'Fecha de compra'],
      'Asignaciones',
      ['Licencia', 'Asignado a', 'Cuenta', 'Asignado el', 'Estado'],
    ],
    [
      'it',
      'Acquisti',
      ['Licenza', 'Quantità', 'Data di acquisto'],
      'Assegnazioni',
      ['Licenza', 'Assegnato a', 'Account', 'Assegnato il', 'Stato'],
    ],
    [
      'nl',
      'Aankopen',
      ['Licentie', 'Aantal', 'Aankoopdatum'],
      'Toewijzingen',
      ['Licentie', 'Toegewezen aan', 'Account', 'Toegewezen op', 'Status'],
    ],
    [
      'pl',
      'Zakupy',
      ['Licencja', 'Ilość', 'Data zakupu'],
      'Przypisania',
      ['Licencja', 'Przypisano do', 'Konto', 'Data przypisania', 'Status'],
    ],
  ])('%s headers map to every field', (_lang, purchases, pHeaders, assignments, aHeaders) => {
    const register = parseRegister([
      grid(purchases, [pHeaders, ['Windows Server 2022 User CAL', 3, '2025-01-15']]),
      grid(assignments, [
        aHeaders,
        ['Windows Server 2022 User CAL', 'Dana Scott', 'dana@contoso.com', '2025-02-03', ''],
      ]),
    ]);
    expect(Object.keys(register.tables.Purchases?.letters ?? {})).toEqual([
      'licence',
      'quantity',
      'purchaseDate',
    ]);
    expect(Object.keys(register.tables.Assignments?.letters ?? {}).sort()).toEqual([
      'account',
      'assignedOn',
      'assignedTo',
      'licence',
      'status',
    ]);
  });

  test('accents and umlauts fold, and either German spelling matches', () => {
    expect(foldText('Gerät')).toBe('geraet');
    expect(foldText('Ilość')).toBe('ilosc');
    expect(foldText('Quantité')).toBe('quantite');
    const register = parseRegister([
      grid('Zuweisungen', [
        ['Lizenz', 'Zugewiesen an', 'Geraet'],
        ['Windows Server 2022 Device CAL', 'Empfang', 'PC-0042'],
      ]),
    ]);
    expect(register.tables.Assignments?.letters.device).toBe('C');
  });
});

describe('statuses, Yes and No, month names', () => {
  test('every status word of every language reads as its status, and no word has two', () => {
    const seen = new Map<string, string>();
    for (const lang of LANGUAGES)
      for (const [status, words] of Object.entries(STATUS_WORDS[lang]))
        for (const word of words) {
          expect([lang, word, statusOfWord(word)]).toEqual([lang, word, status]);
          const key = foldText(word);
          if (seen.has(key)) expect([word, seen.get(key)]).toEqual([word, status]);
          seen.set(key, status);
        }
  });

  test.each([
    ['Aktiv', 'Active'],
    ['AUSGESCHIEDEN', 'Left'],
    ['désactivé', 'Disabled'],
    ['Desactive', 'Disabled'],
    ['en congé', 'Absent'],
    ['baja', 'Left'],
    ['baja médica', 'Absent'],
    ['uit dienst', 'Left'],
    ['Odszedł', 'Left'],
    ['wylaczony', 'Disabled'],
  ])('%s is %s', (word, status) => expect(statusOfWord(word)).toBe(status));

  test.each([
    ['Ja', true],
    ['nein', false],
    ['Oui', true],
    ['non', false],
    ['Sí', true],
    ['si', true],
    ['Vero', true],
    ['Nee', false],
    ['tak', true],
    ['FAŁSZ', false],
    ['WAHR', true],
    [true, true],
    [0, false],
    ['maybe', undefined],
    ['', undefined],
    [null, undefined],
  ])('readYesNo(%p) is %p', (value, answer) => expect(readYesNo(value)).toBe(answer));

  test('no month name or abbreviation names two months', () => {
    const seen = new Map<string, number>();
    for (const lang of LANGUAGES)
      MONTH_WORDS[lang].forEach((names, i) => {
        for (const name of names) {
          const key = foldText(name);
          expect([name, seen.get(key) ?? i + 1]).toEqual([name, i + 1]);
          seen.set(key, i + 1);
          expect(monthOfName(name)).toBe(i + 1);
        }
      });
  });

  test.each([
    ['27. November 2026', '2026-11-27'],
    ['27 novembre 2026', '2026-11-27'],
    ['1er mars 2025', '2025-03-01'],
    ['27 de noviembre de 2026', '2026-11-27'],
    ['27 dicembre 2026', '2026-12-27'],
    ['3 maart 2025', '2025-03-03'],
    ['27 listopada 2026', '2026-11-27'],
    ['27 październik 2026', '2026-10-27'],
    ['3. März 2025', '2025-03-03'],
    ['3 Maerz 2025', '2025-03-03'],
    ['27-nov-2026', '2026-11-27'],
    ['Mar 1, 2025', '2025-03-01'],
    ['1 Septem 2025', '2025-09-01'],
  ])('%s is %s', (text, iso) => expect(textToDay(text)).toBe(day(iso)));

  test('a word that is no month is no date', () => {
    expect(textToDay('27 Brumaire 2026')).toBe('not-a-date');
  });
});

describe('text dates in the register date order', () => {
  test('day and month as numbers: read in the order given, refused without one', () => {
    expect(textToDay('01/03/2025')).toBe('ambiguous');
    expect(textToDay('01-03-2025')).toBe('ambiguous');
    expect(textToDay('01/03/2025', 'day-first')).toBe(day('2025-03-01'));
    expect(textToDay('01/03/2025', 'month-first')).toBe(day('2025-01-03'));
    expect(textToDay('27/11/2026', 'month-first')).toBe('not-a-date');
    expect(textToDay('11/27/2026 14:05', 'month-first')).toBe(day('2026-11-27'));
  });

  test('between dots the day comes first unless the register says otherwise', () => {
    expect(textToDay('27.11.2026')).toBe(day('2026-11-27'));
    expect(textToDay('01.03.2025')).toBe(day('2025-03-01'));
    expect(textToDay('11.27.2026', 'month-first')).toBe(day('2026-11-27'));
  });

  test.each([
    ['Day first', 'day-first'],
    ['month first', 'month-first'],
    ['DMY', 'day-first'],
    ['DD/MM/YYYY', 'day-first'],
    ['MM/DD/YYYY', 'month-first'],
    ['TT.MM.JJJJ', 'day-first'],
    ['jj/mm/aaaa', 'day-first'],
    ['gg/mm/aaaa', 'day-first'],
    ['dd-mm-jjjj', 'day-first'],
    ['DD.MM.RRRR', 'day-first'],
    ['Tag zuerst', 'day-first'],
    ['Mes primero', 'month-first'],
    ['yyyy-MM-dd', undefined],
    ['soon', undefined],
  ])('Date order %p is %p', (text, order) => expect(readDateOrder(text)).toBe(order));

  test.each([
    ['M/d/yyyy', 'month-first'],
    ['dd.MM.yyyy', 'day-first'],
    ['dd/MM/yyyy', 'day-first'],
    ['d-M-yyyy', 'day-first'],
    ['d/M/yy', 'day-first'],
    ['yyyy/MM/dd', undefined],
    ['yy/MM/dd', undefined],
  ])("Excel's short date pattern %p is %p", (pattern, order) =>
    expect(orderOfPattern(pattern)).toBe(order),
  );

  test("the Settings' Date order reads every table's text dates, as-of date included", () => {
    const register = parseRegister([
      grid('Purchases', [
        ['Licence', 'Quantity', 'Purchase date'],
        ['Windows Server 2022 User CAL', 1, '01/03/2025'],
      ]),
      grid('Settings', [
        ['Setting', 'Value'],
        ['As-of date', '02/03/2026'],
        ['Date order', 'Month first'],
      ]),
    ]);
    expect(register.settings).toMatchObject({ dateOrder: 'month-first', asOf: day('2026-02-03') });
    expect(register.purchases[0].purchaseDate).toBe(day('2025-01-03'));
  });

  test("the workbook's order applies when the Settings say none; theirs wins", () => {
    const grids = [
      grid('Purchases', [
        ['Licence', 'Quantity', 'Purchase date'],
        ['Windows Server 2022 User CAL', 1, '01/03/2025'],
      ]),
    ];
    expect(parseRegister(grids, { dateOrder: 'day-first' }).purchases[0].purchaseDate).toBe(
      day('2025-03-01'),
    );
    const unsaid = parseRegister(grids).purchases[0];
    expect(unsaid.purchaseDate).toBeUndefined();
    expect(unsaid.issues?.[0]).toMatchObject({
      field: 'purchaseDate',
      problem: { code: 'ambiguous-date' },
    });
    const said = parseRegister(
      [
        ...grids,
        grid('Einstellungen', [
          ['Einstellung', 'Wert'],
          ['Datumsformat', 'MM/TT/JJJJ'],
        ]),
      ],
      { dateOrder: 'day-first' },
    );
    expect(said.purchases[0].purchaseDate).toBe(day('2025-01-03'));
  });

  test('a Date order that says neither is flagged and nothing is assumed', () => {
    const register = parseRegister([
      grid('Settings', [
        ['Setting', 'Value'],
        ['Date order', 'soon'],
      ]),
    ]);
    expect(register.settings.dateOrder).toBeUndefined();
    expect(register.settings.issues[0].issue.problem).toEqual({
      problem: 'bad-date-order',
      text: 'soon',
    });
  });

  test('settings named in another language are read', () => {
    const register = parseRegister([
      grid('Paramètres', [
        ['Paramètre', 'Valeur'],
        ["Jours d'inactivité", 60],
        ['Date de référence', '31/12/2026'],
        ['Format de date', 'jj/mm/aaaa'],
      ]),
    ]);
    expect(register.settings).toMatchObject({
      staleDays: 60,
      asOf: day('2026-12-31'),
      dateOrder: 'day-first',
    });
  });
});

describe('CAL names in other languages', () => {
  test.each([
    ['Exchange Server 2019 Standard Benutzer-CAL', 'Exchange Server 2019 Standard User CAL'],
    ['Windows Server 2022 Geräte-CAL', 'Windows Server 2022 Device CAL'],
    ['Windows Server 2022 Nutzer-CAL', 'Windows Server 2022 User CAL'],
    ['Windows Server 2022 CAL utilisateur', 'Windows Server 2022 User CAL'],
    ['Windows Server 2022 CAL par périphérique', 'Windows Server 2022 Device CAL'],
    ['Exchange Server 2019 Standard CAL de usuario', 'Exchange Server 2019 Standard User CAL'],
    ['SQL Server 2022 CAL de dispositivo', 'SQL Server 2022 Device CAL'],
    [
      'SharePoint Server 2019 Standard CAL dispositivo',
      'SharePoint Server 2019 Standard Device CAL',
    ],
    ['Windows Server 2025 CAL utente', 'Windows Server 2025 User CAL'],
    ['Windows Server 2022 gebruikers-CAL', 'Windows Server 2022 User CAL'],
    ['Windows Server 2022 apparaat-CAL', 'Windows Server 2022 Device CAL'],
    ['Windows Server 2022 CAL na użytkownika', 'Windows Server 2022 User CAL'],
    ['Windows Server 2022 CAL urządzenia', 'Windows Server 2022 Device CAL'],
    ['Windows Server 2022 Clientzugriffslizenz Benutzer', 'Windows Server 2022 User CAL'],
    ["Windows Server 2022 licence d'accès client utilisateur", 'Windows Server 2022 User CAL'],
    ['Windows Server 2022 licencja dostępowa na urządzenie', 'Windows Server 2022 Device CAL'],
    ['Exchange Server 2019 Estándar CAL de usuario', 'Exchange Server 2019 Standard User CAL'],
  ])('%s', (text, name) => {
    const parsed = parseLicence(text);
    expect('licence' in parsed ? parsed.licence.name : parsed).toBe(name);
  });
});

describe('what a Usage source lists in full, in its own columns', () => {
  const usage = (name: string, headers: unknown[], rows: unknown[][]) =>
    parseRegister([grid(name, [headers, ...rows])]).usage;

  test('English: "Lists every user of the CAL" (Yes/No) and "Lists every account of domain"', () => {
    const [cal, ad, none] = usage(
      'Usage',
      [
        'Account',
        'Licence required',
        'Source',
        'Lists every user of the CAL',
        'Lists every account of domain',
      ],
      [
        ['dana@contoso.com', 'Exchange Server 2019 Enterprise CAL', 'cal-users.csv', 'Yes', ''],
        ['CONTOSO\\eve', '', 'ad-users.csv', 'No', 'contoso; Fabrikam '],
        ['zoe@contoso.com', '', 'all users of Exchange (every account of domain X)', '', ''],
      ],
    );
    expect([cal.listsEveryUser, cal.listsEveryAccountOf]).toEqual([true, undefined]);
    expect([ad.listsEveryUser, ad.listsEveryAccountOf]).toEqual([false, ['CONTOSO', 'FABRIKAM']]);
    // The Source's words say nothing: only the columns do.
    expect(none).not.toHaveProperty('listsEveryUser');
    expect(none).not.toHaveProperty('listsEveryAccountOf');
  });

  test('German: "Listet alle Benutzer der CAL" = Ja, "Listet alle Konten der Domäne"', () => {
    const [row] = usage(
      'Nutzung',
      [
        'Konto',
        'Benötigte Lizenz',
        'Quelle',
        'Listet alle Benutzer der CAL',
        'Alle Konten der Domaene',
      ],
      [
        [
          'dana@contoso.com',
          'Exchange Server 2019 Enterprise CAL',
          'cal-users.csv',
          'Ja',
          'CONTOSO',
        ],
      ],
    );
    expect(row).toMatchObject({ listsEveryUser: true, listsEveryAccountOf: ['CONTOSO'] });
  });

  test.each([
    ['fr', 'Utilisation', 'Compte', 'Liste tous les utilisateurs de la CAL', 'Oui'],
    ['es', 'Uso', 'Cuenta', 'Lista todos los usuarios de la CAL', 'Sí'],
    ['it', 'Utilizzo', 'Account', 'Elenca tutti gli utenti della CAL', 'Sì'],
    ['nl', 'Gebruik', 'Account', 'Bevat alle gebruikers van de CAL', 'Ja'],
    ['pl', 'Użycie', 'Konto', 'Zawiera wszystkich użytkowników CAL', 'Tak'],
  ])('%s: %s!%s / %s = %s', (_, sheet, account, header, yes) => {
    const [row] = usage(
      sheet,
      [account, 'Last logon', header],
      [['dana@contoso.com', '2026-11-20', yes]],
    );
    expect(row.listsEveryUser).toBe(true);
  });

  test('a cell that is neither Yes nor No is recorded on the row, not taken for Yes', () => {
    const [row] = usage(
      'Usage',
      ['Account', 'Last logon', 'Lists every user of the CAL'],
      [['dana@contoso.com', '2026-11-20', 'mostly']],
    );
    expect(row).not.toHaveProperty('listsEveryUser');
    expect(row.issues).toEqual([
      { field: 'listsEveryUser', problem: { problem: 'not-yes-no', text: 'mostly' } },
    ]);
  });
});

/**
 * CAL-DEVICE-MISRECORDED: a User CAL recorded against a device (the Device column is
 * filled, or the assignee is a device or computer account), or a Device CAL recorded
 * against a person with no device.
 */
import { looksLikeDevice } from '../register';
import type { Licence } from '../licensing';
import { defineRule, type Said, type Saying } from './define';

// Bound once: asked of every row (docs/architecture.md, "Hot loops").
const isDeviceName = looksLikeDevice;

const messages = {
  userCalOnDevice: (licence: string, device: string): Said => ({
    message: `A User CAL (${licence}) is recorded against device ${device}.`,
    fix: "A User CAL belongs to a person: record the user's account, or use a Device CAL for the device.",
  }),
  deviceCalOnPerson: (licence: string, person: string): Said => ({
    message: `A Device CAL (${licence}) is recorded against ${person} with no device.`,
    fix: 'Record the device (computer name) the CAL is assigned to, or use a User CAL for the person.',
  }),
};

/** What is misrecorded on one assignment: the field that shows it and the name written there. */
export interface Misrecorded {
  readonly kind: 'userCalOnDevice' | 'deviceCalOnPerson';
  readonly field: 'device' | 'account' | 'assignedTo';
  readonly name: string;
}

/**
 * The rule's check of one assignment, as CAL.ISMISRECORDED asks it of a row: a User CAL on
 * a device (the Device cell, or an account or assignee that looks like a device), or a Device
 * CAL on a person with no device. Undefined when the row is recorded right. The names come as
 * arguments, not as one object: the rule asks it of every row.
 */
export function misrecorded(
  licence: Licence,
  assignedTo: string,
  account: string,
  device: string,
): Misrecorded | undefined {
  if (!licence.cal) return undefined;
  if (licence.kind === 'User') {
    if (device !== '') return { kind: 'userCalOnDevice', field: 'device', name: device };
    if (isDeviceName(account)) return { kind: 'userCalOnDevice', field: 'account', name: account };
    if (isDeviceName(assignedTo))
      return { kind: 'userCalOnDevice', field: 'assignedTo', name: assignedTo };
    return undefined;
  }
  if (device !== '') return undefined;
  const person = assignedTo || account;
  if (person === '' || isDeviceName(person)) return undefined;
  return { kind: 'deviceCalOnPerson', field: 'device', name: person };
}

/** What the finding says, made when asked (outside the rule's loop: see cal-no-windows-cal). */
function misrecordedSaid(licence: Licence, found: Misrecorded): Saying {
  return { say: () => messages[found.kind](licence.name, found.name) };
}

export const calDeviceMisrecorded = defineRule({
  id: 'CAL-DEVICE-MISRECORDED',
  severity: 'error',
  title: 'User CAL vs Device CAL',
  flags: 'a User CAL recorded against a device, or a Device CAL against a person with no device',
  why: 'A User CAL covers a person, a Device CAL a device.',
  table: 'Assignments',
  scope: 'row',
  messages,
  check({ register, ended }, report) {
    const t = register.assignments;
    for (let i = 0; i < t.length; i += 1) {
      const licence = t.licence(i);
      if (!licence || !licence.cal || ended[i] === 1) continue;
      // Most rows, told from the parser's bits without reading a name: a User CAL with no
      // device, an account that is empty or has an @, and an Assigned to no device's name.
      if (
        licence.kind === 'User' &&
        !t.hasDevice(i) &&
        t.accountNamesNoDevice(i) &&
        t.assignedToNamesNoDevice(i)
      )
        continue;
      const found = misrecorded(licence, t.assignedTo(i), t.account(i), t.device(i));
      if (!found) continue;
      report({
        table: 'Assignments',
        row: t.row[i],
        field: found.field,
        key: t.key(i),
        licence: licence.name,
        ...misrecordedSaid(licence, found),
      });
    }
  },
});

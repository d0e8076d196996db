/**
 * CAL-DEVICE-MISRECORDED: a User CAL recorded against a device (the Device column is
 * filled, or the assignee is a device or computer account), or a Device CAL recorded
 * against a person with no device.
 */
import { looksLikeDevice } from '../assignee';
import type { RuleCheck } from './context';
import { misrecorded } from './messages';
import { draft } from './where';

export const calDeviceMisrecorded: RuleCheck = ({ register, ended }, emit) => {
  const t = register.assignments;
  for (let i = 0; i < t.length; i += 1) {
    const licence = t.licence(i);
    if (!licence || !licence.cal || ended[i] === 1) continue;
    const device = t.device(i);
    const account = t.account(i);
    const assignedTo = t.assignedTo(i);
    if (licence.kind === 'User') {
      let field: string;
      let name: string;
      if (device !== '') [field, name] = ['device', device];
      else if (looksLikeDevice(account)) [field, name] = ['account', account];
      else if (looksLikeDevice(assignedTo)) [field, name] = ['assignedTo', assignedTo];
      else continue;
      const said = misrecorded.userCalOnDevice(licence.name, name);
      emit(draft(register, 'Assignments', t.row[i], field, t.key(i), licence.name, said));
    } else if (device === '') {
      const person = assignedTo || account;
      if (person === '' || looksLikeDevice(person)) continue;
      const said = misrecorded.deviceCalOnPerson(licence.name, person);
      emit(draft(register, 'Assignments', t.row[i], 'device', t.key(i), licence.name, said));
    }
  }
};

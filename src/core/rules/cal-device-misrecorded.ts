/**
 * CAL-DEVICE-MISRECORDED: a User CAL recorded against a device (the Device column is
 * filled, or the assignee is a device or computer account), or a Device CAL recorded
 * against a person with no device.
 */
import { looksLikeDevice } from '../assignee';
import type { RuleCheck } from './context';
import { misrecorded } from './messages';
import { place } from './where';

export const calDeviceMisrecorded: RuleCheck = ({ register }, emit) => {
  for (const a of register.assignments) {
    const licence = a.licence;
    if (!licence || !licence.cal) continue;
    if (licence.kind === 'User') {
      const device =
        a.device !== ''
          ? { name: a.device, field: 'device' }
          : looksLikeDevice(a.account)
            ? { name: a.account, field: 'account' }
            : looksLikeDevice(a.assignedTo)
              ? { name: a.assignedTo, field: 'assignedTo' }
              : undefined;
      if (!device) continue;
      emit({
        ...place(register, 'Assignments', a.row, device.field),
        key: a.key,
        licence: licence.name,
        ...misrecorded.userCalOnDevice(licence.name, device.name),
      });
    } else if (a.device === '' && a.assignedTo !== '' && !looksLikeDevice(a.assignedTo)) {
      emit({
        ...place(register, 'Assignments', a.row, 'device'),
        key: a.key,
        licence: licence.name,
        ...misrecorded.deviceCalOnPerson(licence.name, a.assignedTo),
      });
    }
  }
};

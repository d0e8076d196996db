/**
 * The register's tables and columns: template headers in template order, and the aliases
 * under which existing registers, Snipe-IT and ConfigMgr exports name the same columns (and,
 * from languages.ts, registers kept in German, French, Spanish, Italian, Dutch or Polish).
 */
import { foldText, foreignHeaders, foreignSheetNames } from './languages';

export type TableName =
  'Purchases' | 'Assignments' | 'Servers' | 'Usage' | 'Settings' | 'CloudRights';

export const TABLE_NAMES: readonly TableName[] = [
  'Purchases',
  'Assignments',
  'Servers',
  'Usage',
  'Settings',
  'CloudRights',
];

/** The sheet a table's template puts it on, where it differs from the table's name. */
export const SHEET_NAMES: Readonly<Partial<Record<TableName, string>>> = {
  CloudRights: 'Cloud rights',
};

export interface ColumnDef<F extends string = string> {
  readonly field: F;
  /** The header the template writes; '' for alternative columns the template leaves out. */
  readonly header: string;
  readonly aliases: readonly string[];
}

/**
 * A header as matched: lower case, accents folded (languages.ts), "license" spelt "licence",
 * no punctuation or brackets.
 */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/license/g, 'licence')
    .replace(/[^a-z0-9]/g, '');
}

function column<F extends string>(
  field: F,
  header: string,
  aliases: readonly string[],
): ColumnDef<F> {
  const all = [header, ...aliases, ...foreignHeaders(header || aliases[0])];
  return { field, header, aliases: [...new Set(all.filter((a) => a !== '').map(headerKey))] };
}

/** Columns that together name a licence, in any table that has one. */
const LICENCE_PARTS = {
  product: ['Product', 'Product name', 'Software', 'Software name', 'Title', 'Product family'],
  version: ['Version', 'Product version', 'Release', 'Purchase version'],
  edition: ['Edition', 'Product edition'],
  calType: ['CAL type', 'CAL kind', 'Type', 'Licensing model', 'Per'],
};

export type PurchaseField =
  | 'licence'
  | 'product'
  | 'version'
  | 'edition'
  | 'calType'
  | 'quantity'
  | 'purchaseDate'
  | 'invoice'
  | 'order'
  | 'reseller'
  | 'agreement'
  | 'saEnd'
  | 'licenceType'
  | 'proofLocation'
  | 'notes';

// prettier-ignore
export const PURCHASE_COLUMNS: readonly ColumnDef<PurchaseField>[] = [
  column('licence', 'Licence', ['Licence name', 'Name', 'SKU', 'SKU description', 'Item', 'Description', 'Part description', 'Product description']),
  column('quantity', 'Quantity', ['Qty', 'Seats', 'Total seats', 'Count', 'Licences', 'Number of licences', 'Units', 'Licence count', 'Purchased quantity', 'Qty purchased', 'Amount', 'Total', 'Number', 'Number of licences', 'Effective quantity']),
  column('purchaseDate', 'Purchase date', ['Purchased', 'Purchased on', 'Date purchased', 'Order date', 'Invoice date', 'Date of purchase', 'Date', 'Ordered on']),
  column('invoice', 'Invoice number', ['Invoice', 'Invoice no', 'Invoice #', 'Invoice ref', 'Invoice reference', 'Inv no']),
  column('order', 'Order number', ['Order', 'Order no', 'Order #', 'PO', 'PO number', 'PO no', 'Purchase order', 'Purchase order number', 'Reseller order number', 'Customer order number']),
  column('reseller', 'Reseller', ['Supplier', 'Vendor', 'Partner', 'Distributor', 'Bought from', 'Reseller name']),
  column('agreement', 'Agreement number', ['Agreement', 'Agreement no', 'Licence agreement', 'Authorization number', 'Authorisation number', 'Enrollment', 'Enrolment', 'Contract', 'Contract number', 'Licence number', 'Licensing program', 'Licence ID', 'Licensing ID']),
  column('saEnd', 'SA end date', ['SA end', 'SA expiry', 'SA expiry date', 'SA expires', 'SA expiration', 'SA expiration date', 'Software Assurance end', 'Software Assurance end date', 'Software Assurance expiry', 'Software Assurance expiration', 'Subscription end', 'Subscription end date', 'Subscription expiry', 'Subscription expires', 'Coverage end', 'Coverage end date', 'Term end', 'Term end date', 'Expiration date', 'Expiry date', 'Expires', 'Expiration', 'Support expiration date']),
  column('licenceType', 'Licence type', ['Licensing type', 'Licence option', 'Licence offering', 'Offering', 'Programme', 'Program', 'Licence programme', 'Licence program', 'Purchase type', 'Software Assurance', 'SA']),
  column('proofLocation', 'Proof location', ['Proof', 'Proof of purchase', 'Proof of entitlement', 'Document', 'Documents', 'Documentation', 'Evidence', 'Attachment', 'File']),
  column('notes', 'Notes', ['Note', 'Comments', 'Comment', 'Remarks']),
  column('product', '', LICENCE_PARTS.product),
  column('version', '', LICENCE_PARTS.version),
  column('edition', '', LICENCE_PARTS.edition),
  column('calType', '', LICENCE_PARTS.calType),
];

export type AssignmentField =
  | 'licence'
  | 'product'
  | 'version'
  | 'edition'
  | 'calType'
  | 'assignedTo'
  | 'account'
  | 'device'
  | 'assignedOn'
  | 'reassignedFrom'
  | 'reason'
  | 'status'
  | 'lastActivity'
  | 'notes';

// prettier-ignore
export const ASSIGNMENT_COLUMNS: readonly ColumnDef<AssignmentField>[] = [
  column('licence', 'Licence', ['CAL', 'Licence name', 'CAL licence', 'Licence assigned', 'Assigned licence']),
  column('assignedTo', 'Assigned to', ['User', 'Name', 'Display name', 'Full name', 'Employee', 'Person', 'Holder', 'Assignee', 'Checked out to']),
  column('account', 'Account', ['UPN', 'User principal name', 'UserPrincipalName', 'Email', 'E-mail', 'Email address', 'Mail', 'Primary SMTP address', 'PrimarySmtpAddress', 'Login', 'Username', 'User name', 'SamAccountName', 'Logon name', 'User ID']),
  column('device', 'Device', ['Device name', 'Computer', 'Computer name', 'Hostname', 'Host name', 'Machine', 'Workstation', 'Asset', 'Asset tag']),
  column('assignedOn', 'Assigned on', ['Date assigned', 'Assigned', 'Assignment date', 'Assigned date', 'Date of assignment', 'Checkout date', 'Checked out', 'Start date', 'Since']),
  column('reassignedFrom', 'Reassigned from', ['Previous holder', 'Previous user', 'Previous assignee', 'Transferred from', 'Reassigned']),
  column('reason', 'Reason', ['Reassignment reason', 'Reason for reassignment']),
  column('status', 'Status', ['State', 'Account status', 'User status', 'Employment status', 'Enabled']),
  column('lastActivity', 'Last activity', ['Last logon', 'Last logon date', 'Last logon time', 'LastLogonDate', 'LastLogonTime', 'Last login', 'Last sign-in', 'Last sign in date', 'Last seen', 'Last used']),
  column('notes', 'Notes', ['Note', 'Comments', 'Comment', 'Remarks']),
  column('product', '', LICENCE_PARTS.product),
  column('version', '', LICENCE_PARTS.version),
  column('edition', '', LICENCE_PARTS.edition),
  column('calType', '', LICENCE_PARTS.calType),
];

export type ServerField = 'server' | 'product' | 'version' | 'edition' | 'licenceReference';

// prettier-ignore
export const SERVER_COLUMNS: readonly ColumnDef<ServerField>[] = [
  column('server', 'Server', ['Server name', 'Hostname', 'Host name', 'Computer name', 'Name', 'Machine']),
  column('product', 'Product', ['Software', 'Role', 'Licence', 'Application', 'Server product']),
  column('version', 'Version', ['Product version', 'Release']),
  column('edition', 'Edition', ['Product edition']),
  column('licenceReference', 'Licence reference', ['Licence ref', 'Reference', 'Purchase', 'Invoice', 'Invoice number', 'Order number', 'Agreement number']),
];

export type UsageField =
  | 'account'
  | 'licenceRequired'
  | 'lastLogon'
  | 'source'
  | 'capturedOn'
  | 'status'
  | 'listsEveryUser'
  | 'listsEveryAccountOf';

/** The Usage column that says a row's source lists every user of the row's CAL (Yes/No). */
export const LISTS_EVERY_USER = 'Lists every user of the CAL';
/** The Usage column that names the domains a row's source lists every account of. */
export const LISTS_EVERY_ACCOUNT_OF = 'Lists every account of domain';

// prettier-ignore
export const USAGE_COLUMNS: readonly ColumnDef<UsageField>[] = [
  column('account', 'Account', ['UPN', 'User principal name', 'UserPrincipalName', 'Email', 'E-mail', 'Primary SMTP address', 'PrimarySmtpAddress', 'User', 'Username', 'SamAccountName', 'Identity']),
  column('licenceRequired', 'Licence required', ['Required licence', 'CAL required', 'Licence needed', 'LicenceName', 'Required CAL']),
  column('lastLogon', 'Last logon', ['Last logon time', 'LastLogonTime', 'Last logon date', 'LastLogonDate', 'Last activity', 'Last activity date', 'Last sign-in', 'Last login']),
  column('source', 'Source', ['Evidence', 'Report', 'Imported from']),
  column('capturedOn', 'Captured on', ['Captured', 'Date captured', 'Export date', 'Exported on', 'Report date', 'Report refresh date']),
  column('status', 'Status', ['Account status', 'Enabled', 'State']),
  // What the source lists in full, stated as data (never read from the Source's wording).
  column('listsEveryUser', LISTS_EVERY_USER, ['Lists every user', 'Lists all users of the CAL', 'All users of the CAL', 'Complete list of CAL users', 'Complete CAL user list']),
  column('listsEveryAccountOf', LISTS_EVERY_ACCOUNT_OF, ['Lists every account of domains', 'Lists all accounts of domain', 'Every account of domain', 'All accounts of domain', 'Complete list of domain', 'Whole domain', 'Whole domains']),
];

export type SettingField = 'setting' | 'value';

export const SETTING_COLUMNS: readonly ColumnDef<SettingField>[] = [
  column('setting', 'Setting', ['Name', 'Key', 'Option', 'Parameter']),
  column('value', 'Value', ['Setting value']),
];

export type CloudRightField = 'plan' | 'standsFor' | 'confirmed' | 'source';

/** The cloud plans a register relies on, and the CALs the admin confirmed each stands for. */
// prettier-ignore
export const CLOUD_RIGHT_COLUMNS: readonly ColumnDef<CloudRightField>[] = [
  column('plan', 'Plan', ['Cloud plan', 'Cloud subscription', 'Subscription plan']),
  column('standsFor', 'Stands for (CALs)', ['Stands for', 'Equivalent CALs', 'CAL equivalents', 'Equivalent to', 'CALs']),
  column('confirmed', 'Confirmed', ['Confirmed by admin', 'Verified']),
  column('source', 'Source', ['Reference', 'Checked in']),
];

export const COLUMNS: Readonly<Record<TableName, readonly ColumnDef[]>> = {
  Purchases: PURCHASE_COLUMNS,
  Assignments: ASSIGNMENT_COLUMNS,
  Servers: SERVER_COLUMNS,
  Usage: USAGE_COLUMNS,
  Settings: SETTING_COLUMNS,
  CloudRights: CLOUD_RIGHT_COLUMNS,
};

/**
 * What a header row must have to be taken for a table: each inner list is one requirement
 * met by any of its fields.
 */
export const SIGNATURES: Readonly<Record<TableName, readonly (readonly string[])[]>> = {
  Purchases: [['licence', 'product'], ['quantity']],
  Assignments: [
    ['licence', 'product'],
    ['assignedTo', 'account', 'device'],
  ],
  Servers: [['server'], ['product']],
  Usage: [['account'], ['licenceRequired', 'lastLogon']],
  Settings: [['setting'], ['value']],
  CloudRights: [['plan'], ['standsFor']],
};

/** Sheet names that hold a table, besides the table's own name. */
// prettier-ignore
export const SHEET_ALIASES: Readonly<Record<TableName, readonly string[]>> = {
  Purchases: ['purchases', 'purchase', 'purchaselines', 'licencepurchases', 'entitlements', 'proofofentitlement', 'licences', 'licencesowned'],
  Assignments: ['assignments', 'calassignments', 'assigned', 'licenceassignments', 'allocations'],
  Servers: ['servers', 'serverlicences', 'deployedservers'],
  Usage: ['usage', 'evidence', 'usageevidence'],
  Settings: ['settings', 'options', 'configuration'],
  CloudRights: ['cloudrights', 'cloudplans', 'cloudequivalences', 'calequivalences', 'cloudcalrights'],
};
// The same sheets in other languages (languages.ts), matched as headers are.
for (const table of TABLE_NAMES)
  (SHEET_ALIASES[table] as string[]).push(...foreignSheetNames(table).map(headerKey));

/** Template columns of a table, in template order. */
export function templateHeaders(table: TableName): string[] {
  return COLUMNS[table].filter((c) => c.header !== '').map((c) => c.header);
}

/** How the audit sheet names the workbook: its file name, from the URL Office gives. */

/**
 * The file name at the end of the workbook's URL or path, percent-decoded. A name that is
 * not valid percent-encoding ("Licences 100% check.xlsx", as a local path gives it) is
 * used as written: decodeURIComponent would throw and the pane would never start.
 * @example workbookNameOf('https://contoso.sharepoint.com/Shared%20Documents/CALs.xlsx') // 'CALs.xlsx'
 */
export function workbookNameOf(url: string | undefined): string {
  const last = (url ?? '').split(/[\\/]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // URIError: a stray % in the name itself.
  }
  return name.trim() || 'this workbook';
}

/**
 * The shared-runtime page's own script. Until the task pane lands (issue 4) it only says
 * whether the add-in runs inside Excel; the CAL.* functions load from functions.js beside it.
 */
function show(text: string): void {
  const root = document.getElementById('root');
  if (root) root.textContent = text;
}

void Office.onReady((info) => {
  show(
    info.host === Office.HostType.Excel
      ? 'CAL Register is running. Type =CAL. in a cell for the functions.'
      : 'CAL Register runs inside Excel: open it from the Home tab of Excel.',
  );
});

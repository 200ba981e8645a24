import { failure } from '../import-result.ts';

const monthNames: Record<string, string> = { june: '06', november: '11' };

/**
 * The list a file holds, as `YYYY-MM`. Since 2011-11 the sheet is named after the list's
 * number (1 = June 1993, then two lists a year); older files say it only in their name
 * (`TOP500_201006.xls`, or `june2022.xlsx` as some mirrors name them). The two must agree.
 */
export function listPeriod(fileName: string, sheetName: string): string {
  const fromSheet = /^\d+$/.test(sheetName) ? periodOfListNumber(Number(sheetName)) : null;
  const fromName = periodOfFileName(fileName);
  if (fromSheet && fromName && fromSheet !== fromName) {
    throw failure(
      'BAD_PERIOD',
      `the file name says list ${fromName} but the sheet "${sheetName}" is list ${fromSheet}`,
    );
  }
  const period = fromSheet ?? fromName;
  if (!period) {
    throw failure(
      'BAD_PERIOD',
      `cannot tell which list ${fileName} is: name it TOP500_YYYYMM.xls(x) as TOP500.org does`,
    );
  }
  return period;
}

function periodOfListNumber(list: number): string | null {
  if (list < 1) return null;
  const year = 1993 + Math.floor((list - 1) / 2);
  return `${year}-${list % 2 === 1 ? '06' : '11'}`;
}

function periodOfFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  const numeric = /^top500_(\d{4})(06|11)\.xlsx?$/.exec(base);
  if (numeric) return `${numeric[1]}-${numeric[2]}`;
  const named = /^(june|november)(\d{4})\.xlsx?$/.exec(base);
  if (named?.[1] && named[2]) return `${named[2]}-${monthNames[named[1]]}`;
  return null;
}

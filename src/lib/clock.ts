/** The current time as an ISO 8601 string in UTC, the one form Kring stores and returns. */
export const nowIso = (): string => new Date().toISOString();

/** Today's date (UTC) as YYYY-MM-DD. */
export const todayIso = (): string => nowIso().slice(0, 10);

/** An ISO timestamp `days` from now. */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

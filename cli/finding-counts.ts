// Findings counted the one way every command words them: where the versions differ, by kind, then
// the aligner's notes on its own work (low confidence, proposed repairs) apart, as `stats` and the
// app count them.

/** `findings: 3 date, 1 length; 6 alignment notes` (kinds as they come). */
export function findingCounts(byKind: Record<string, number>): string {
  const { alignment: notes = 0, ...differences } = byKind
  const listed = Object.entries(differences).map(([kind, n]) => `${n} ${kind}`)
  return `findings: ${listed.length === 0 ? 'none' : listed.join(', ')}${notes > 0 ? `; ${notes} alignment note${notes === 1 ? '' : 's'}` : ''}`
}

import { diffWords } from 'diff';
import { BRIEF_SECTIONS, type TextChange } from '@crowdforge/contracts';
import type { BriefSnapshot } from './brief-snapshot';

/** Each part of a snapshot as plain text, so any change reads as words kept, added and removed. */
function fieldsOf(snapshot: BriefSnapshot): [string, string][] {
  return [
    ['title', snapshot.title],
    ['tagline', snapshot.tagline],
    ...BRIEF_SECTIONS.map((section): [string, string] => [`brief.${section}`, snapshot.brief[section] ?? '']),
    ['objectiveTarget', snapshot.objectiveTarget],
    ['criteria', snapshot.criteria.map((c) => `${c.name} (weight ${c.weight}): ${c.guidance}`).join('\n')],
    ['licence', `${snapshot.licence.kind} v${snapshot.licence.version}: ${snapshot.licence.text}`],
    ['sponsor', snapshot.sponsor ? `${snapshot.sponsor.name}, ${snapshot.sponsor.title}` : ''],
    ['contacts', snapshot.contacts.map((c) => `${c.name} (${c.role})${c.email ? ` ${c.email}` : ''}`).join('\n')],
    ['themes', snapshot.themes.join(', ')],
    ['ideaForm', snapshot.ideaForm.map((f) => `${f.label} [${f.kind}${f.required ? ', required' : ''}]`).join('\n')],
  ];
}

/** What changed from one revision of the brief to the next; unchanged fields are left out. */
export function changesBetween(before: BriefSnapshot, after: BriefSnapshot): TextChange[] {
  const previous = new Map(fieldsOf(before));
  return fieldsOf(after).flatMap(([field, text]) => {
    const old = previous.get(field) ?? '';
    if (old === text) return [];
    return [
      {
        field,
        parts: diffWords(old, text).map((part) => ({
          kind: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
          text: part.value,
        })),
      },
    ];
  });
}

import type { Pronouns } from './facts.ts';

export type PronounForms = { subject: string; object: string; possessive: string; isPlural: boolean };

const forms: Record<Pronouns, PronounForms> = {
  he: { subject: 'he', object: 'him', possessive: 'his', isPlural: false },
  she: { subject: 'she', object: 'her', possessive: 'her', isPlural: false },
  they: { subject: 'they', object: 'them', possessive: 'their', isPlural: true },
};

/** The words copy needs for the ex: `pronounForms('she').object` → 'her'. */
export const pronounForms = (pronouns: Pronouns): PronounForms => forms[pronouns];

import type { Ending, LimitedContact, Pronouns, Scenario, Together } from '../../../core/program/facts.ts';
import type { ChoiceOption } from '../../ui/choice-group.tsx';

export const scenarioOptions: ChoiceOption<Scenario>[] = [
  { value: 'they_ended', label: 'They ended it', hint: 'They broke up with me.' },
  { value: 'i_ended', label: 'I ended it', hint: 'I broke up with them, and I regret it.' },
  { value: 'mutual', label: 'Both of us, or it is unclear', hint: 'It was mutual, or it just fell apart.' },
];

export const pronounOptions: ChoiceOption<Pronouns>[] = [
  { value: 'he', label: 'he / him' },
  { value: 'she', label: 'she / her' },
  { value: 'they', label: 'they / them' },
];

export const togetherOptionsCopy: ChoiceOption<Together>[] = [
  { value: 'under_6_months', label: 'Less than 6 months' },
  { value: '6_to_24_months', label: '6 months to 2 years' },
  { value: 'over_2_years', label: 'More than 2 years' },
];

export const endingOptions: ChoiceOption<Ending>[] = [
  { value: 'calm', label: 'Fairly calm', hint: 'Sad, but without a big fight.' },
  { value: 'hard', label: 'Hard', hint: 'Painful words, or it came as a shock.' },
  { value: 'ugly', label: 'Ugly', hint: 'Shouting, cruelty, or a very bitter end.' },
];

export type LimitedChoice = LimitedContact | 'none';
export const limitedOptions: ChoiceOption<LimitedChoice>[] = [
  { value: 'none', label: 'No, we can stop contact completely' },
  { value: 'children', label: 'We share children' },
  { value: 'home', label: 'We still share a home' },
  { value: 'work', label: 'We work together' },
];

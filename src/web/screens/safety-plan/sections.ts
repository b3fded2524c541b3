import type { SafetyPlanSection } from '../../../shared/api/safety-plan.ts';

/**
 * Each section's heading and a line of guidance, in our own words. Said gently: the person may be
 * writing this on a hard day. The space section never names a way of getting hurt.
 */
export const sectionCopy: Record<SafetyPlanSection, { title: string; guidance: string }> = {
  warningSigns: {
    title: 'My warning signs',
    guidance:
      'Thoughts, moods or situations that tell you a hard time may be coming: not sleeping, a certain song, pulling away from people. Spotting them early gives you time to use this plan.',
  },
  onMyOwn: {
    title: 'Things I can do on my own',
    guidance:
      'Small things that take your mind off it for a while: a walk, a shower, music, a game, slow breathing. Whatever has helped before, even a little.',
  },
  distractions: {
    title: 'People and places that take my mind off it',
    guidance:
      'People you can simply be around, and places where you feel a bit better, like a café, a park or a friend’s kitchen. You do not have to talk about how you feel.',
  },
  askForHelp: {
    title: 'People I can ask for help',
    guidance:
      'People you trust to tell that you are struggling, with their numbers, so you do not have to search for them when it is hard.',
  },
  professionals: {
    title: 'Professionals and crisis lines',
    guidance:
      'Your doctor, therapist or counsellor, and a crisis line you can call or text at any hour, with their numbers.',
  },
  saferSpace: {
    title: 'Making my space safer',
    guidance:
      'On a steadier day, think about what you could put away, lock up, or give to someone you trust to keep for now. You can ask someone to help with this.',
  },
  reasonsToLive: {
    title: 'My reasons to live',
    guidance:
      'What matters to you, however small: people, animals, plans, things you want to see or do again. Come back to this whenever you need it.',
  },
};

/** A short, calm word for each no-contact milestone (core's `rules.noContactMilestones`). */
export const milestoneWords: Record<number, string> = {
  1: 'One whole day. The first is often the hardest, and you got through it.',
  3: 'Three days. For many people the first rush of craving starts to ease around now.',
  7: 'A week of giving it space. That took real strength.',
  14: 'Two weeks. Notice the moments that feel a little lighter than before.',
  21: 'Three weeks. New habits are starting to hold.',
  30: 'A month. Look how far you have come since the first day.',
  45: 'Forty-five days. More and more of your days are your own again.',
  60: 'Two months. You have given yourself real room to heal.',
  90: 'Ninety days. Whatever comes next, you gave yourself time, and that counts.',
};

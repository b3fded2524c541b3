import { describe, expect, it } from 'vitest';
import safetySet from '../../../tests/fixtures/safety/messages.jsonl?raw';
import { normalizeText } from '../text/normalize.ts';
import { readConcepts, screenText, screenTexts, textsFor } from './screen.ts';

describe('screenText: self-harm', () => {
  it.each([
    'I just want to die',
    'honestly i dont wanna be here anymore',
    'sometimes I think about ending it all',
    'everyone would be better off without me',
    'I keep thinking about killing myself',
    'i feel suicidal tonight',
    'thinking abt hurting myself again',
    'I cant go on like this',
    'kms',
    'there is nothing left to live for',
  ])('flags "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });

  it.each([
    'I could die of embarrassment after that voicemail',
    "I'm dying to know how the concert went",
    'that cake was to die for',
    'I would never hurt myself, I just feel sad',
    'I miss her so much it hurts',
    'this breakup is killing me',
    'I cried all night and I feel empty',
    "I can't live without coffee in the morning",
  ])('does not alarm on "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(false);
  });
});

describe('screenText: warning signs told loosely (round four)', () => {
  it.each([
    ['abuse', "there's a loan in my name i never took out and the letters keep coming"],
    ['abuse', 'she went for me with a kitchen knife when i said i was leaving'],
    ['abuse', 'he waved a hammer at me across the kitchen'],
    ['abuse', 'he gives me 30 a week and keeps the rest of my wages'],
    ['abuse', 'i have to explain where every penny went or there is a row'],
    ['abuse', 'my passport is locked in his safe'],
    ['abuse', 'she rang in sick for me so i lost the job'],
    ['abuse', 'he says i dreamt it and that it never happened'],
    ['abuse', 'answer me or i take the lot, she wrote, with a photo of the pills'],
    ['abuse', "my dad's girlfriend threatened to kill me"],
    ['abuse', 'my friends ex used to hit me when i stayed over'],
    ['selfHarm', "i've been saving my sleeping tablets, not taking them"],
    ['selfHarm', 'sometimes i want the permanent kind of rest'],
    ['selfHarm', "told my brother goodbye properly, he didn't get what i meant"],
  ] as const)('flags %s in "%s"', (flag, text) => {
    expect(screenText(text)[flag]).toBe(true);
  });

  it.each([
    "my best mate's ex stalked her for a year, it was awful to watch",
    'we read a book about coercive control on my psych module',
    'i take my tablets every morning with breakfast',
    'we both said things we regret, and i know what is coming when i apologise: a long talk',
    "we need a permanent solution for the kids' handovers",
    'we said a final goodbye at the airport and I cried all the way home',
    'I feel like no one will ever love me again',
    "it's going to be a bad night, I miss her so much",
    "reply by friday or i'll take your stuff to the charity shop",
    "he took the kids to his mum's for the whole weekend, away from me",
    'I need to check out of everything for a weekend',
    'banging my head against the wall until it makes sense',
  ])('does not alarm on "%s"', (text) => {
    const s = screenText(text);
    expect(s.selfHarm || s.abuse).toBe(false);
  });
});

describe('screenText: self-harm as a habit, an attempt named afterwards, not lasting (round seven)', () => {
  it.each([
    'since he dumped me i cant stop cutting',
    'cutting is the only thing that makes the noise in my head go quiet',
    'when she left i cut deeper than i ever have',
    'i keep hitting my own legs till they bruise',
    'everyone at work is going to know what i tried to do',
    'woke up in ICU and I was disappointed i was still here',
    'i dont see myself making it to christmas',
    "don't worry, i won't be a problem for you much longer",
    'struggling to see the point of going on',
    'disappointed that i am still here',
    'I bang my head against the wall over and over until it bruises',
  ])('sees self-harm in "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });

  it.each([
    "I'm annoyed that I'm still thinking about him",
    "he still doesn't get that it's for good",
    "can't see myself making it to her wedding",
    'I cut more ties today',
    'i cant stop cutting corners at work',
    'he swallowed the whole lot of his lies',
    "I'm proud of what I tried to do.",
    'I was gutted that I woke up late for the interview',
  ])('stays quiet on "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(false);
  });

  it('reads "going on" as living, not as going on dates (the concepts; the word model weighs the rest)', () => {
    const concepts = (text: string) => readConcepts(textsFor(normalizeText(text))).selfHarm;
    expect(concepts('struggling to see the point of going on')).toBe('indirect');
    expect(concepts('struggling to see the point in going on dates')).toBeNull();
  });

  it('keeps a threat to take the kids, while a weekend with them is shared care', () => {
    expect(screenText('he took the kids away from me for the weekend').abuse).toBe(true);
  });
});

describe('screenText: recovery told afterwards (round eight)', () => {
  it.each([
    'four years ago I swallowed a load of tablets after she left. I got help and I am doing well now.',
    'i self harmed all through my teens. six years clean now and genuinely doing well',
    'Three months ago I wanted to kill myself over him. Today I went swimming and felt happy.',
    'I used to think my family would be better off without me. I know now that was never true and I am glad I stayed.',
  ])('stays quiet on "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(false);
  });

  it.each([
    // the past pulls back into the present
    'four years ago I swallowed a load of tablets. I was doing well but tonight I want to do it again.',
    "i used to cut when i was a teenager and i'm proud i stopped, but this week i cut myself again",
    // a sentence about now, with no time that is over
    'A year ago I was proud of myself. Now everyone would be better off without me.',
    'Two years ago I was happy with him. I want to kill myself.',
    // "want to live" negated is not being well
    "last year i tried to end it. i still don't want to live",
    // a time that is still going on, "i'm fine" said to hide, a plan, a clause about now
    "I'm fine, I've been planning to kill myself for months now and I've written the notes.",
    'I used to be proud of myself but now I want to end my life',
    'A year ago I was happy, now I no longer want to live',
    "I'm used to wanting to die, I'm fine",
    "Two years on and I'm still here but I have the pills ready",
    "Last year I tried to overdose and I'm glad I'm still here, but I've been cutting every night",
    "I survived my attempt last year, I'm still here, but I think about killing myself every day",
    'A year ago I attempted suicide, I got through it, but I keep thinking I should finish the job',
  ])('still sees self-harm in "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });
});
describe('screenText: abuse', () => {
  it.each([
    'he hit me when he was drunk',
    'She threatened to post my photos',
    'they checked my phone every night',
    'I was always afraid of him',
    'I never felt safe in that flat',
    'it felt like walking on eggshells',
    "he wouldn't let me see my friends",
    'my ex took my keys so I could not leave',
    'he was really controlling about money',
  ])('flags "%s"', (text) => {
    expect(screenText(text).abuse).toBe(true);
  });

  it.each([
    'he never hit me, we just drifted apart',
    'I was not afraid of her, just tired',
    'we argued about chores and money',
    'you really hurt me when you left',
    'she hit the nail on the head about my temper',
    'I hit the gym every day now',
  ])('does not alarm on "%s"', (text) => {
    expect(screenText(text).abuse).toBe(false);
  });
});

describe('screenTexts', () => {
  it('combines signals across several texts and skips empty ones', () => {
    expect(screenTexts(['we fought a lot', undefined, 'he threatened me'])).toEqual({
      selfHarm: false,
      abuse: true,
    });
    expect(screenTexts([null, ''])).toEqual({ selfHarm: false, abuse: false });
  });
});

describe('the labelled safety set (tests/fixtures/safety)', () => {
  it('finds at least 95% of each signal and alarms on at most 5% of the rest', () => {
    const rows: { text: string; selfHarm: boolean; abuse: boolean }[] = safetySet
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    for (const flag of ['selfHarm', 'abuse'] as const) {
      const positives = rows.filter((r) => r[flag]);
      const negatives = rows.filter((r) => !r[flag]);
      expect(positives.length).toBeGreaterThanOrEqual(100);
      const found = positives.filter((r) => screenText(r.text)[flag]).length;
      const alarms = negatives.filter((r) => screenText(r.text)[flag]).length;
      expect(found / positives.length, flag).toBeGreaterThanOrEqual(0.95);
      expect(alarms / negatives.length, flag).toBeLessThanOrEqual(0.05);
    }
  });
});

// The published warning signs (support organisations' lists, the Power and Control Wheel), each
// written once as a person might say it. Not a measure of the screen (that is bench:safety, on
// words no one here wrote): a guard that the plainest statements of each sign keep being heard.
describe('the published warning signs, said plainly', () => {
  it.each([
    'He always told me I never did anything right.',
    'She was extremely jealous of my friends and the time I spent away from her.',
    'He discouraged me from seeing my friends and family.',
    'He controlled every penny we spent.',
    'She refused to give me money for groceries.',
    'He would look at me in a way that scared me.',
    'He stopped me from making my own decisions.',
    "He told me I was a terrible mother and that he'd take the kids.",
    'He stopped me from going to work.',
    'He broke my things when he was angry.',
    'He threatened to hurt my dog.',
    'He scared me with a knife.',
    "He pressured me to have sex when I didn't want to.",
    'He pushed me to drink more than I wanted to.',
    "He said he'd kill himself if I left him.",
    'My partner insults me and puts me down in front of people.',
    "He made me feel like I couldn't do anything without him.",
    'She checks my phone and reads my texts.',
    'He texts me constantly to check up on me.',
    'He tells me what to wear.',
    'He gets really angry over little things and it scares me.',
    "I feel like I'm walking on eggshells all the time.",
    "I'm afraid of what he'll do if I leave.",
    'He blames me for everything that goes wrong.',
    'He shoved me against the wall.',
    'He used the kids to pass messages to me and made me feel guilty about them.',
    'She threatened to report me to social services.',
    'He treated me like a servant.',
    'He made all the big decisions.',
    'He acted like the master of the house.',
    'He said the abuse never happened and that I was making a big deal out of nothing.',
    'He said I caused it.',
    'He made light of what he did to me.',
    'He used looks and gestures to scare me.',
    'He smashed things in front of me.',
    'He hurt our cat to punish me.',
    'He kept his gun where I could see it.',
    'He played mind games with me until I thought I was going crazy.',
    'He made me feel guilty all the time.',
    'He controlled what I read and where I went.',
    'He used his jealousy to justify everything.',
    'He uses the visits with the kids to harass me.',
    'He threatened to take the children away.',
    'He made me ask him for money.',
    'He kept me from getting a job.',
    "She wouldn't let me have my own bank account.",
    "He calls me names when he's angry.",
    'She made me think I was crazy.',
    'He humiliated me in front of my family.',
    'He followed me to work.',
    "He keeps sending me messages even though I've asked him to stop.",
    'He showed up at my house uninvited after we broke up.',
    'He tracked my location on my phone.',
    'He put a GPS tracker on my car.',
    "I'm scared of my ex.",
    "I feel like I'm losing my mind because she twists everything I say.",
    "He apologises after he hurts me and promises it won't happen again.",
  ])('hears abuse in "%s"', (text) => {
    expect(screenText(text).abuse).toBe(true);
  });
  it.each([
    'I have been thinking about killing myself.',
    'I feel like I have no reason to live.',
    'I feel trapped and like the pain will never end.',
    "I feel like I'm a burden to everyone.",
    "I've been looking online for ways to kill myself.",
    "I've been giving away my things.",
    "I've been saying goodbye to people.",
    'I wrote a will and put my affairs in order.',
    "I don't care what happens to me anymore.",
    "I can't see any way out of this.",
    'Everyone would be better off if I were dead.',
    'I want to go to sleep and never wake up.',
    "I've been cutting myself again.",
    'I have pills saved up.',
    "I've started talking about suicide to my friends.",
    'I keep thinking that death would be easier.',
    'I feel so empty I just want to stop existing.',
    "I've been researching ways to overdose.",
    'I bought a gun.',
    "I've been hurting myself to cope.",
    "I've said goodbye to my friends as if I won't see them again.",
  ])('hears self-harm in "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });
});

// Each family the issue names as missed, said plainly once more; and ordinary heartbreak, which
// must stay quiet (the measure of both is bench:safety; these guard the plainest cases).
describe('each named family, and ordinary heartbreak', () => {
  it.each([
    'My ex beat me up last year and I still have the scar.',
    'He strangled me during an argument.',
    'He put his hands around my neck.',
    'He pulled a knife on me once.',
    'He threatened to kill me if I ever left.',
    'She said she would burn the house down with me in it.',
    'He kicked my dog when he was angry with me.',
    'He used to call me fat and stupid.',
    'She humiliated me in front of her friends.',
    'He told me it never happened and that I imagine things.',
    'He made me believe I was remembering things wrong.',
    'He said it was my fault he hit me.',
    'He cut me off from my friends and family.',
    'She told me who I was allowed to see.',
    'I had to tell him where I was every minute of the day.',
    'I had to account for every penny I spent.',
    'He gave me an allowance and I had to beg for more.',
    'He took my bank cards and my car keys.',
    'She took out loans in my name.',
    "He wouldn't let me work.",
    'He made me quit my job.',
    'He read all my messages.',
    'She demanded all my passwords.',
    'He installed a tracking app on my phone.',
    'He follows me everywhere since we broke up.',
    'My ex keeps turning up at my work.',
    'He waits outside my house at night.',
    "He calls me fifty times a day even though we've split up.",
    'My ex keeps contacting my family and my colleagues.',
    'He threatened to share my intimate pictures.',
    'He said he would post my nudes online.',
    "He said he'd take the kids and I'd never see them again.",
    'He stopped me from taking my birth control.',
    'He pressured me to get pregnant.',
    'She threatened to kill herself if I left her.',
    "I change how I act so he won't explode.",
    "I'm always scared of how he'll react.",
    'He never hit me but I was always afraid of him.',
    'I was terrified of his temper.',
    'He would go through my phone while I slept.',
    'He monitored my emails.',
    'He found out where I live now and keeps sending me letters.',
    'He created fake accounts to message me after I blocked him.',
    'He shows up wherever I go.',
    'He grabbed me by the arm so hard it bruised.',
    'He pushed me down the stairs.',
    'He slapped me across the face.',
    'She threw a glass at me.',
    'He raped me.',
    'He forced me to have sex.',
  ])('hears abuse in "%s"', (text) => {
    expect(screenText(text).abuse).toBe(true);
  });
  it.each([
    "I don't want to be around anymore.",
    'I wish I could just not wake up tomorrow.',
    'Everyone would be better off without me.',
    "I'm just a burden to everyone.",
    "There's no point in living.",
    "I'm so tired of life.",
    "I can't go on like this anymore.",
    'I just want to find peace.',
    'Who would even miss me if I was gone?',
    "I've been saving up my tablets.",
    'I have a stash of sleeping pills.',
    'I took too many paracetamol last night.',
    "I've written goodbye letters to my family.",
    "I've made a will.",
    "I'm putting my affairs in order.",
    'I said goodbye to my mum like it was the last time.',
    'I thanked everyone for everything like I was leaving.',
    'I cut myself last night.',
    "I've started self harming again.",
    "I've been thinking about ending my life.",
    'I want to kill myself.',
    'I keep thinking about suicide.',
    "I don't see the point of going on.",
    'I just want it all to end.',
    'Sometimes I think about not waking up.',
    "It would be easier if I wasn't here.",
    "I've been giving my things away.",
    'I looked up how many pills it would take.',
    "I have a plan for how I'd do it.",
    "I've been burning myself with a lighter.",
  ])('hears self-harm in "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });
  it.each([
    "I can't stop crying since he left.",
    'I miss her so much it physically hurts.',
    'I feel so lonely in the evenings now.',
    "I keep checking his Instagram to see if he's with someone new.",
    "I can't eat or sleep since the breakup.",
    'I feel like my heart has been ripped out.',
    "I don't know who I am without him.",
    'I keep replaying our last conversation in my head.',
    'I feel like I wasted three years of my life.',
    "I'm so angry that she cheated on me.",
    'I still sleep in his t-shirt.',
    'I cried at work today when our song came on.',
    'Everything reminds me of her.',
    "I feel like I'll never love anyone again.",
    'I keep wondering what I did wrong.',
    "I'm scared I'll be alone forever.",
    'I want to text him so badly.',
    'I deleted all our photos and then regretted it.',
    'My friends are sick of hearing about him.',
    "I feel numb, like I'm just going through the motions.",
    "I'm so tired of feeling this way.",
    'This breakup is destroying me.',
    "I feel like I'm dying inside.",
    'I just want the pain to go away.',
    'He blocked me everywhere and it hurts.',
    "She moved on so fast, it's like I meant nothing.",
    "I can't focus on anything at work.",
    'I spent the whole weekend in bed.',
    'I feel empty and lost.',
    'I keep thinking I see his car everywhere.',
    'We argued all the time at the end.',
    'He was cold and distant for months before he left.',
    "She said she didn't love me anymore.",
    'I begged him to stay and he still left.',
    'I feel so stupid for believing his lies.',
    'My chest feels tight every time I think about her.',
    'I miss the way he used to hold me.',
    "I don't want to go out, I just want to hide at home.",
    "I'm drinking too much wine at night to cope.",
    'I feel like giving up on dating altogether.',
    "I can't imagine my future without him.",
    'Part of me died when she left.',
    'I want to disappear for a while and start over somewhere new.',
    "I'd do anything to have him back.",
    "It's killing me to see her with someone else.",
    'I keep thinking about what I should have said.',
  ])('stays quiet on "%s"', (text) => {
    expect(screenText(text)).toEqual({ selfHarm: false, abuse: false });
  });
});

// Typed fast, on a phone, at night: a slip of a letter must not hide what someone wrote.
describe('misspellings', () => {
  it.each([
    'he choaked me untill i passed out',
    'he strangeled me',
    'he threatend to kill me',
    'he was realy controling',
    'he use to hit me when he was drunk',
    'he puched me in the face',
    'he made me give him my pasword',
    'he put a traking app on my phone',
    'she keeps showin up at my work',
    'he alwys checkd my fone',
    'he wudnt let me see my freinds',
    'he calld me worthles and stupid',
    'i was scard of him all the time',
    'he took all my mony',
  ])('hears abuse in "%s"', (text) => {
    expect(screenText(text).abuse).toBe(true);
  });
  it.each([
    'i want to kil myself',
    'i keep thinkin about killin myself',
    'im so sucidal rn',
    'i took to many paracetemol last nite',
    'ive been cuting myself agen',
    'evryone wud be better off with out me',
    'i dont wanna be alive anymor',
    'i have no reson to live',
    'i feel like a burdon to evryone',
    'i wrote goodbye leters to my family',
  ])('hears self-harm in "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });
});

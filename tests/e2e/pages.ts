import type { Page } from 'playwright-core';

/** Page models: what a person sees and does, found by role and accessible name. */
export class WelcomePage {
  constructor(readonly page: Page) {}
  heading = () =>
    this.page.getByRole('heading', { level: 1, name: 'A calm guide for the weeks after a breakup' });
  async createAccount(email: string, password: string) {
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }
  error = () => this.page.getByRole('alert');
}

export class LoginPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Welcome back' });
  async signIn(email: string, password: string) {
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
  error = () => this.page.getByRole('alert');
}

/** On a phone the account and the less-used places sit behind "More" in the bottom bar: open it. */
export async function openMenu(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const more = nav.getByRole('button', { name: 'More' });
  // A phone shows "More"; a wide screen shows every place at once. Wait until one of them is on
  // screen (a busy machine lays the page out late), then open "More" if it is there.
  await more
    .or(nav.getByRole('link', { name: 'Account' }))
    .first()
    .waitFor({ state: 'visible' });
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** From Today: opens the urge composer (its heading on screen) and writes `text` to `ex` there. */
export async function writeAnUrge(page: Page, ex: string, text: string) {
  await page.getByRole('link', { name: `I want to text ${ex}` }).click();
  await page.getByRole('heading', { name: 'Write it here instead' }).waitFor();
  await page.getByRole('textbox', { name: `What you want to tell ${ex}` }).fill(text);
}

export class TodayPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Today' });
  /** Who is signed in, shown with "Sign out" (behind "More" on a phone). */
  async seesEmail(email: string) {
    await openMenu(this.page);
    await this.page.getByText(email, { exact: true }).waitFor();
  }
  async signOut() {
    await openMenu(this.page);
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}

export class OnboardingPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1 });
  async whoAndName(scenario: RegExp, name: string, pronouns: RegExp) {
    await this.page.getByRole('radio', { name: scenario }).check();
    await this.page.getByRole('textbox', { name: 'Their first name or a nickname' }).fill(name);
    await this.page.getByRole('radio', { name: pronouns }).check();
    await this.page.getByRole('button', { name: 'Next' }).click();
  }
  async dates(endedOn: string, lastContactOn: string) {
    await this.page.getByLabel('The day it ended').fill(endedOn);
    await this.page.getByLabel('Your last contact with them').fill(lastContactOn);
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }
  async details(together: RegExp) {
    await this.page.getByRole('radio', { name: together }).check();
    await this.page.getByRole('button', { name: 'Save and see my plan' }).click();
  }
}

export class ReflectPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Reflect: why did it end?' });
  async addProblem(text: string, whose: RegExp, fixable: boolean) {
    const form = this.page.locator('form.problem-form').last();
    await form.getByRole('textbox', { name: 'What happened?' }).fill(text);
    await form.getByRole('radio', { name: whose }).check();
    await form.getByRole('radio', { name: fixable ? /Yes, it could be/ : /No, I do not think so/ }).check();
    await form.getByRole('button', { name: 'Add this problem' }).click();
    // The saved problem appears in the list (not just in the text box, whose text also matches).
    await this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByText(text, { exact: true }) })
      .waitFor();
  }
  async answer(question: string, option: string | RegExp) {
    await this.page.getByRole('group', { name: question }).getByRole('radio', { name: option }).check();
  }
  save = () => this.page.getByRole('button', { name: 'Save my answers' }).click();
  saved = () => this.page.getByRole('status').filter({ hasText: 'Saved.' });
  /** Treated well, felt good and safe, and wants `ex` back: yes to each; then saved. */
  async yesToAll(ex: string) {
    await this.answer(`Did ${ex} treat you well?`, 'Yes');
    await this.answer(`Did ${ex} make you feel good about yourself?`, 'Yes');
    await this.answer('Did you feel secure and safe in the relationship?', 'Yes');
    await this.answer(`Do you really want ${ex} back?`, /Yes, I want to try/);
    await this.save();
    await this.saved().waitFor();
  }
}

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

export class TodayPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Today' });
  email = (email: string) => this.page.getByText(email, { exact: true });
  signOut = () => this.page.getByRole('button', { name: 'Sign out' }).click();
}

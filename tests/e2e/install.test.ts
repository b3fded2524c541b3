import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../support/browser.ts';

const base = inject('baseUrl');
const suite = browserSuite();

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

type Manifest = {
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

describe('installed like an app', () => {
  it('has a complete manifest whose icons exist at their sizes, and an apple-touch-icon', async () => {
    const page = await suite.browser().newPage();
    suite.watch(page);
    await page.goto(base);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(`${base}${manifestHref}`)).json()) as Manifest;
    expect(manifest).toMatchObject({ start_url: '/today', display: 'standalone' });
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => [i.sizes, i.purpose])).toEqual(
      expect.arrayContaining([
        ['192x192', 'any'],
        ['512x512', 'any'],
        ['512x512', 'maskable'],
      ]),
    );
    for (const icon of pngs) {
      const res = await page.request.get(`${base}${icon.src}`);
      expect(res.status(), icon.src).toBe(200);
      expect(pngSize(await res.body()), icon.src).toBe(icon.sizes);
    }
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const appleIcon = await page.request.get(`${base}${apple}`);
    expect(appleIcon.headers()['content-type']).toBe('image/png');
    expect(pngSize(await appleIcon.body())).toBe('180x180');
    await page.close();
  });
});

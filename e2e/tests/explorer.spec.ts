import { expect, test } from '../support/fixtures';
import { readStack } from '../support/stack';

// GraphiQL is a desktop tool: on a phone its run button sits under the editor panes.
test.skip(({ isMobile }) => isMobile, 'the explorer is laid out for a desktop');

test('the API explorer runs an example query under its own Content-Security-Policy', async ({
  page,
}) => {
  const { apiUrl } = await readStack();
  await page.goto(`${apiUrl}/graphql`);
  await page.getByRole('button', { name: /execute query/i }).click();
  await expect(page.locator('.result-window')).toContainText('"data"');
});

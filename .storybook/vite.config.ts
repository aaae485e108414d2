import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  // Storybook's own story renderer (served as it is, not pre-bundled) imports `lit/directive-helpers.js`: pre-bundled
  // with the rest of Lit, it shares the one lit-html (served as it is, it brought a second copy and Lit's "Multiple
  // versions of Lit loaded" warning).
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
});

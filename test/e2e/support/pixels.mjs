// Compares two PNG screenshots in the browser (no PNG library needed): decodes both with createImageBitmap, draws
// them on OffscreenCanvases and counts the pixels that differ.

/**
 * `{ width, height, sameSize, mismatch }`: `mismatch` is the share of pixels (0–1) whose colour differs by more than
 * `threshold` (0–255) in any channel; 1 when the sizes differ. `page` may be any page (e.g. about:blank).
 */
export function comparePngs(page, first, second, threshold = 48) {
  return page.evaluate(
    async ([first, second, threshold]) => {
      const decode = async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d', { willReadFrequently: true });
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [a, b] = await Promise.all([decode(first), decode(second)]);
      const sizes = { width: [a.width, b.width], height: [a.height, b.height] };
      if (a.width !== b.width || a.height !== b.height) return { ...sizes, sameSize: false, mismatch: 1 };
      let differing = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        if (
          Math.abs(a.data[i] - b.data[i]) > threshold ||
          Math.abs(a.data[i + 1] - b.data[i + 1]) > threshold ||
          Math.abs(a.data[i + 2] - b.data[i + 2]) > threshold ||
          Math.abs(a.data[i + 3] - b.data[i + 3]) > threshold
        ) differing++;
      }
      return { ...sizes, sameSize: true, mismatch: differing / (a.width * a.height) };
    },
    [first.toString('base64'), second.toString('base64'), threshold],
  );
}
